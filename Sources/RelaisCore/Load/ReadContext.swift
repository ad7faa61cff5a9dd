import Yams

/// What a YAML reader needs to report a problem: the file, where its YAML starts, and the log to write to.
final class ReadContext {
    let file: String
    /// Lines before the YAML text in the file (1 for front matter after its opening `---`).
    let lineOffset: Int
    let log: DiagnosticLog
    /// The YAML text, to find where a block scalar's lines start.
    let yaml: String

    init(file: String, lineOffset: Int = 0, log: DiagnosticLog, yaml: String = "") {
        self.file = file
        self.lineOffset = lineOffset
        self.log = log
        self.yaml = yaml
    }

    /// The indentation of a line of the YAML text (1-based), in characters.
    func indentation(ofLine line: Int) -> Int {
        if let spaces = Self.leadingSpaces(ofLine: line, in: yaml) { return spaces }
        let lines = yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return 0 }
        return lines[line - 1].prefix { $0 == " " }.count
    }

    /// `indentation(ofLine:)` counted on the UTF-8 bytes, where the split into Characters costs a grapheme walk of
    /// the text before the line, for every Markdown field. A line ends at a "\n" that is no "\r\n" (one Character,
    /// which the split does not cut). Nil where a Character might hold more than a byte: spaces followed by a
    /// non-ASCII byte (a combining mark makes " ́" one Character), left to the split.
    static func leadingSpaces(ofLine line: Int, in text: String) -> Int? {
        guard line >= 1 else { return 0 }
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var index = 0
            var breaks = 0
            while breaks < line - 1 {
                guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { return 0 }
                if newline == 0 || bytes[newline - 1] != UInt8(ascii: "\r") { breaks += 1 }
                index = newline + 1
            }
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            if end < bytes.count, bytes[end] >= 0x80 || bytes[end] == UInt8(ascii: "\r") { return nil }
            return end - index
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return location(line: mark.line, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: lineOffset + line, column: column)
    }

    /// Where a typography slip of a scalar's text is: found on the scalar's first line, else the scalar's start.
    func location(of slip: TypographySlip, in node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location(of: node) }
        let lines = yaml.split(separator: "\n", maxSplits: mark.line, omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return location(of: node) }
        let line = lines[mark.line - 1]
        let from = line.index(line.startIndex, offsetBy: max(0, mark.column - 1), limitedBy: line.endIndex) ?? line.endIndex
        guard let found = line[from...].range(of: slip.snippet) else { return location(of: node) }
        let column = line.distance(from: line.startIndex, to: found.lowerBound) + 1
        return location(line: mark.line, column: column + slip.signCharacterOffset)
    }

    func error(at node: Node, _ message: String, hint: String? = nil) {
        log.error(location(of: node), message, hint: hint)
    }

    func warning(at node: Node, _ message: String, hint: String? = nil) {
        log.warning(location(of: node), message, hint: hint)
    }
}

/// A value that can be read from a YAML node, reporting what is wrong instead of throwing,
/// so that one run lists every problem of a file.
protocol YAMLReadable {
    /// The value, or nil after a diagnostic was logged. `field` names the value in messages (`backers[1].roles`).
    static func read(_ node: Node, field: String, in context: ReadContext) -> Self?
    /// What the value looks like, for the declarations (schemas, `relais new`, the guide).
    static var shape: ValueShape { get }
}

extension Node {
    /// The text of a scalar; nil for mappings and sequences.
    var scalarText: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// A plain `~`, `null` or empty scalar: YAML's way of writing nothing.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How the node is written, in French, for "expected X, found Y" messages.
    var kindDescription: String {
        switch self {
        case .scalar: return isNull ? "une valeur vide" : "une valeur simple"
        case .mapping: return "un groupe de clés"
        case .sequence: return "une liste"
        case .alias: return "un alias YAML"
        }
    }
}

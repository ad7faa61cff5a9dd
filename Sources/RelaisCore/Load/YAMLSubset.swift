import Yams

/// Reads the YAML that front matter is written in straight into Yams's `Node` values, without libyaml's tokens and
/// events: block mappings and lists, one-line flow lists and groups, plain and quoted one-line scalars, `|` and `>`
/// texts, comments. Composing through Yams was a tenth of `relais check` on 10,000 aids.
///
/// The tree is the one `Yams.compose` gives with `ContentLoader.resolver`: same texts, styles, tags and marks
/// (`YAMLSubsetTests` compares both on every front matter it can find and on mutated ones). Anything outside the
/// subset, and anything libyaml would refuse (a duplicate key, a bad indentation, an unclosed quote), gives nil: the
/// caller then takes the path through Yams, which reports the problem with today's words and positions.
struct YAMLSubset {
    /// Not in the subset, or not valid YAML: the document goes through Yams.
    struct Outside: Error {}

    /// The document's root node, or nil when Yams must read it.
    static func compose(_ yaml: String) -> Node? {
        guard MarkMaking.works else { return nil }
        var yaml = yaml
        return yaml.withUTF8 { bytes -> Node? in
            guard isPlain(bytes) else { return nil }
            var parser = YAMLSubset(bytes: bytes)
            return try? parser.document()
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Every tag refers to the document's one constructor, as with Yams: `Constructor.default` builds a new one,
    /// with its tables, each time it is asked for.
    private let constructor = Constructor.default
    /// The byte being read.
    var pos = 0
    /// The line of `pos` (from 0) and the offset where it starts.
    var line = 0, lineStart = 0
    /// Collections open around `pos`, and values read so far: the limits `YAMLEventCheck` sets for Yams.
    var depth = 0, nodes = 0
    /// The column (in Unicode scalars, as libyaml counts) of one offset of the current line, to count on from.
    private var columnOffset = 0, columnCount = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func document() throws(Outside) -> Node {
        guard let indent = skipEmptyLines() else { throw Outside() }
        pos += indent
        let root = try blockCollection(indent: indent)
        guard skipEmptyLines() == nil else { throw Outside() }
        return root
    }

    // MARK: Bytes

    /// The byte at `offset`, 0 past the end (a NUL never reaches the parser: `isPlain` refuses it).
    func at(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
    var current: UInt8 { at(pos) }

    func isBlankOrEnd(_ byte: UInt8) -> Bool { byte == YAMLByte.space || byte == YAMLByte.newline || byte == 0 }

    /// Past the line break at `pos`.
    mutating func nextLine() {
        pos += 1
        line += 1
        lineStart = pos
    }

    mutating func skipSpaces() {
        while current == YAMLByte.space { pos += 1 }
    }

    /// To the line break or the end, the break left unread.
    mutating func skipToLineEnd() {
        while pos < bytes.count, bytes[pos] != YAMLByte.newline { pos += 1 }
    }

    /// From the start of a line, past blank and comment lines: the indentation of the next line with content (`pos`
    /// left at its start), or nil at the end.
    mutating func skipEmptyLines() -> Int? {
        while pos < bytes.count {
            var first = pos
            while at(first) == YAMLByte.space { first += 1 }
            switch at(first) {
            case 0: pos = first; return nil
            case YAMLByte.newline: pos = first; nextLine()
            case YAMLByte.hash: pos = first; skipToLineEnd(); if current == YAMLByte.newline { nextLine() }
            default: return first - pos
            }
        }
        return nil
    }

    /// The rest of a line after a one-line value: spaces, maybe a comment after a space, the line break.
    mutating func finishLine() throws(Outside) {
        let start = pos
        skipSpaces()
        if current == YAMLByte.hash {
            guard pos > start else { throw Outside() }
            skipToLineEnd()
        }
        if current == YAMLByte.newline { nextLine() } else if pos < bytes.count { throw Outside() }
    }

    // MARK: Nodes

    /// Where `offset` (on the current line) is, as Yams gives it: line and column from 1, the column in scalars.
    mutating func mark(at offset: Int) -> Mark {
        if columnOffset < lineStart || columnOffset > offset {
            columnOffset = lineStart
            columnCount = 0
        }
        var count = columnCount
        for index in columnOffset..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        columnOffset = offset
        columnCount = count
        return MarkMaking.mark(line: line + 1, column: count + 1)
    }

    /// A scalar tagged as Yams tags it: plain values are left to the resolver, the others are text. Keys are text
    /// too: Yams resolves their tags when it checks them for duplicates.
    mutating func scalar(_ text: String, _ style: Node.Scalar.Style, _ mark: Mark, isKey: Bool = false) throws(Outside) -> Node {
        try countNode()
        let tag = Tag(style == .plain && !isKey ? .implicit : .str, ContentLoader.resolver, constructor)
        return .scalar(Node.Scalar(text, tag, style, mark))
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func countNode() throws(Outside) {
        nodes += 1
        guard nodes <= YAMLEventCheck.maxNodes else { throw Outside() }
    }

    /// One collection deeper; `leave()` when it is read.
    mutating func enter() throws(Outside) {
        depth += 1
        guard depth <= YAMLEventCheck.maxDepth else { throw Outside() }
        try countNode()
    }

    mutating func leave() { depth -= 1 }

    /// A mapping as Yams composes it: an implicit tag and no style (Yams takes the style from the closing event).
    func mapping(_ pairs: [(Node, Node)], keys: [String], mark: Mark) throws(Outside) -> Node {
        try Self.checkUnique(keys)
        return .mapping(Node.Mapping(pairs, Tag(.implicit, ContentLoader.resolver, constructor), .any, mark))
    }

    func sequence(_ items: [Node], mark: Mark) -> Node {
        .sequence(Node.Sequence(items, Tag(.implicit, ContentLoader.resolver, constructor), .any, mark))
    }

    /// Yams refuses a mapping whose keys repeat; its error, with its position, is the one users see.
    static func checkUnique(_ keys: [String]) throws(Outside) {
        if keys.count <= 12 {
            for index in keys.indices where keys[..<index].contains(keys[index]) { throw Outside() }
        } else {
            var seen = Set<String>(minimumCapacity: keys.count)
            for key in keys where !seen.insert(key).inserted { throw Outside() }
        }
    }

    /// Text the subset can read byte by byte: no carriage return, tab or other control character, no byte-order mark,
    /// no line break of YAML 1.1 beyond "\n" (NEL, U+2028, U+2029), nothing libyaml refuses as unprintable, and no
    /// line starting with a document marker (`---`, `...`).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if lineStart, byte == YAMLByte.dash || byte == YAMLByte.dot, index + 2 < bytes.count,
               bytes[index + 1] == byte, bytes[index + 2] == byte { return false }
            lineStart = byte == YAMLByte.newline
            switch byte {
            case YAMLByte.newline, 0x20..<0x7F, 0x80..<0xC2, 0xC3...0xE1, 0xE3...0xEE, 0xF0...0xFF: break
            case 0xC2: if index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
            case 0xE2: if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            case 0xEF:
                if index + 2 < bytes.count {
                    if bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
                    if bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                }
            default: return false
            }
            index += 1
        }
        return true
    }
}

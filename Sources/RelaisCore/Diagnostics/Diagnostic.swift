/// A problem found in the content or the templates, with where it is and how to mend it.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }

        /// The word shown to the people who write the content, in French.
        public var label: String { self == .error ? "erreur" : "avertissement" }
    }

    /// The pipeline step that found it.
    public enum Step: String, Sendable, Codable {
        case load, validate, plan, render, write, publish
    }

    public var severity: Severity
    public var step: Step
    public var location: SourceLocation
    /// What is wrong, in one plain French sentence.
    public var message: String
    /// How to mend it, when we can tell.
    public var hint: String?

    public init(_ severity: Severity = .error, step: Step, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.step = step
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: erreur : message` then the hint on its own line, as compilers print them. Control
    /// characters quoted from the content are shown escaped: raw, they could recolour or hide the line.
    public var formatted: String {
        var text = "\(TerminalText.escaped(location.description)): \(severity.label) : \(TerminalText.escaped(message))"
        if let hint { text += "\n  aide : \(TerminalText.escaped(hint))" }
        return text
    }
}

/// A position in a source file; line and column start at 1 (1:1 for a problem with the whole file).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One GitHub Actions workflow command: `::error file=…,line=…,col=…,title=…::message`.
/// Data is escaped as the runner expects (`%`, CR, LF), property values also `:` and `,`, so that no value from
/// the content can end the command early or start another one; control characters are shown escaped.
public struct GitHubAnnotation: Sendable, Hashable {
    public let line: String

    public init(_ diagnostic: Diagnostic) {
        let command = diagnostic.severity == .error ? "error" : "warning"
        let location = diagnostic.location
        // Control characters shown escaped, as on a terminal: CI logs interpret escape sequences too.
        var message = TerminalText.escaped(diagnostic.message)
        if let hint = diagnostic.hint { message += "\naide : " + TerminalText.escaped(hint) }
        line = "::\(command) file=\(Self.property(TerminalText.escaped(location.file))),line=\(location.line),col=\(location.column)::\(Self.data(message))"
    }

    static func data(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

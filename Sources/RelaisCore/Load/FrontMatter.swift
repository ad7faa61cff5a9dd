/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatter {
    let yaml: String
    /// Lines before the YAML text (the opening `---`).
    let yamlLineOffset: Int
    let body: String
    /// The file line where the body starts.
    let bodyLine: Int

    enum Problem: Error {
        case missingOpening
        case missingClosing
    }

    /// Splits `---\n<yaml>\n---\n<body>`. A byte-order mark, CRLF line ends and spaces after a fence are accepted.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let utf8 = text.utf8
        var start = utf8.startIndex
        if text.hasPrefix("\u{FEFF}") { start = utf8.index(start, offsetBy: 3) }
        // Lines are found on the UTF-8 view: the front matter is ASCII-delimited, and this is the hot path of load.
        var lineStart = start
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            lineNumber += 1
            let isFence = isFenceLine(utf8[lineStart..<lineEnd])
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard isFence else { return .failure(.missingOpening) }
                yamlStart = next
            } else if isFence, let yamlStart {
                let yaml = String(text[yamlStart..<lineStart])
                return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: String(text[next...]), bodyLine: lineNumber + 1))
            }
            lineStart = next
        }
        return .failure(lineNumber == 0 ? .missingOpening : .missingClosing)
    }

    /// `---`, then nothing but spaces, tabs or a carriage return.
    private static func isFenceLine(_ line: Substring.UTF8View.SubSequence) -> Bool {
        var dashes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "-") where dashes < 3: dashes += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): if dashes < 3 { return false }
            default: return false
            }
        }
        return dashes == 3
    }
}

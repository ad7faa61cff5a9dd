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
        case missingClosing(openingLine: Int)
    }

    /// Splits `---\n<yaml>\n---\n<body>`. A byte-order mark and CRLF line ends are accepted.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var lines: [Substring] = []
        lines.reserveCapacity(64)
        var lineStart = text.startIndex
        // Only the lines up to the closing fence are split; the body is kept as one slice.
        var index = text.startIndex
        var closingLineEnd: String.Index?
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                let line = text[lineStart..<index]
                lines.append(line)
                let next = text.index(after: index)
                if lines.count == 1, line.trimmingTrailingSpaces() != "---" { return .failure(.missingOpening) }
                if lines.count > 1, line.trimmingTrailingSpaces() == "---" {
                    closingLineEnd = next
                    break
                }
                lineStart = next
            }
            index = text.index(after: index)
        }
        if closingLineEnd == nil, lineStart < text.endIndex {
            // The last line has no line end: it may be the closing fence of a file without a body.
            let line = text[lineStart...]
            lines.append(line)
            if lines.count > 1, line.trimmingTrailingSpaces() == "---" { closingLineEnd = text.endIndex }
        }
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else { return .failure(.missingOpening) }
        guard let bodyStart = closingLineEnd else { return .failure(.missingClosing(openingLine: 1)) }
        let yaml = lines.dropFirst().dropLast().joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: String(text[bodyStart...]), bodyLine: lines.count + 1))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}

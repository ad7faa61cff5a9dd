/// Markdown that would keep cmark busy for minutes is refused before it is parsed.
///
/// Debian's libcmark 0.30.2 is quadratic on nested link and image openers (CVE-2023-22486, fixed upstream in
/// 0.30.3): each link closed walks back over every image opener still pending, so 1.2 MB of `![[]()` does not
/// finish. Two cheap bounds make any text linear again: a size per Markdown text, and a cap on the openers a
/// paragraph may leave pending (no French text leaves more than a few `[` unclosed).
enum MarkdownGuard {
    /// Bytes per Markdown text (a body or a field): a page of the guide is a few kilobytes.
    static let maxBytes = 1_000_000
    /// `[` and `![` openers left pending in one paragraph.
    static let maxPendingOpeners = 100

    enum Problem: Equatable {
        case tooLarge(bytes: Int)
        /// Where the opener over the cap is, as a line (0-based, within the text) and a column (1-based, in bytes).
        case nestedOpeners(line: Int, column: Int)
    }

    static func problem(in text: String) -> Problem? {
        var text = text
        // On the contiguous bytes: every body and Markdown field of the site goes through here.
        return text.withUTF8 { bytes in
            if bytes.count > maxBytes { return .tooLarge(bytes: bytes.count) }
            // No paragraph can leave more openers pending than the text has: most texts have a few dozen `[` at most,
            // counted in one pass the compiler vectorises, where the walk below costs a tenth of loading.
            var openers = 0
            for byte in bytes { openers &+= byte == UInt8(ascii: "[") ? 1 : 0 }
            if openers <= maxPendingOpeners { return nil }
            var pending = 0, line = 0, column = 0
            var lineIsBlank = true, escaped = false
            for byte in bytes {
                column += 1
                if escaped {
                    escaped = false
                    continue
                }
                switch byte {
                case UInt8(ascii: "\n"):
                    // A blank line ends the paragraph, and cmark's bracket stack with it.
                    if lineIsBlank { pending = 0 }
                    line += 1
                    column = 0
                    lineIsBlank = true
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    continue
                case UInt8(ascii: "\\"):
                    escaped = true
                case UInt8(ascii: "["):
                    pending += 1
                    if pending > maxPendingOpeners { return .nestedOpeners(line: line, column: column) }
                case UInt8(ascii: "]"):
                    pending = max(0, pending - 1)
                default:
                    break
                }
                lineIsBlank = false
            }
            return nil
        }
    }

    /// The French sentence and hint.
    static func describe(_ problem: Problem) -> (message: String, hint: String) {
        switch problem {
        case .tooLarge(let bytes):
            let tenths = (bytes + 50_000) / 100_000
            return ("Le texte Markdown fait \(tenths / 10),\(tenths % 10) Mo, plus que la limite de \(maxBytes / 1_000_000) Mo.",
                    "Découpez-le en plusieurs pages, ou mettez les longs documents dans media/ (PDF).")
        case .nestedOpeners:
            return ("Le texte ouvre plus de \(maxPendingOpeners) crochets « [ » sans les refermer dans un même paragraphe.",
                    "Refermez chaque « [ » par « ] », ou écrivez « \\[ » pour un crochet seul.")
        }
    }
}

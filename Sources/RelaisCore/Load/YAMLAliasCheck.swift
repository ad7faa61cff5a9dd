/// Anchors and aliases (`&name`, `*name`) are refused before YAML is parsed.
///
/// Content has no use for them, and an alias used as a key makes Yams hash the aliased tree again and again:
/// a few lines can keep a build busy for hours. The scan follows YAML's rule that `&` and `*` are indicators
/// only where a node starts, so `R&D` or `voir *important*` in a text are left alone.
enum YAMLAliasCheck {
    /// Line and column (1-based, in bytes of ASCII text) of the first anchor or alias, if any.
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        var quote: UInt8?
        var blockIndent: Int?
        for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            let indent = bytes.prefix { $0 == space }.count
            if let block = blockIndent {
                // Lines of a block scalar (`|`, `>`) are text, as long as they are indented more than its key.
                if indent > block || bytes.allSatisfy({ $0 == space || $0 == carriageReturn }) { continue }
                blockIndent = nil
            }
            var expectingNode = quote == nil
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if byte == backslash, open == doubleQuote {
                        index += 2
                        continue
                    }
                    if byte == open {
                        if open == singleQuote, index + 1 < bytes.count, bytes[index + 1] == singleQuote {
                            index += 2
                            continue
                        }
                        quote = nil
                    }
                    index += 1
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : space
                switch byte {
                case space, carriageReturn, tab:
                    break
                case hash where index == 0 || bytes[index - 1] == space:
                    index = bytes.count
                    continue
                // (A `where` clause applies to the last pattern of a case only: one pattern per case here.)
                case ampersand where expectingNode && isNameByte(next), asterisk where expectingNode && isNameByte(next):
                    return (lineIndex + 1, index + 1)
                case doubleQuote where expectingNode, singleQuote where expectingNode:
                    quote = byte
                    expectingNode = false
                case pipe where expectingNode, greaterThan where expectingNode:
                    blockIndent = indent
                    index = bytes.count
                    continue
                case colon where next == space || next == carriageReturn || index + 1 == bytes.count:
                    expectingNode = true
                case dash where expectingNode && (next == space || index + 1 == bytes.count),
                     question where expectingNode && (next == space || index + 1 == bytes.count):
                    expectingNode = true
                case openBracket, openBrace, comma:
                    expectingNode = true
                case closeBracket, closeBrace:
                    expectingNode = false
                default:
                    expectingNode = false
                }
                index += 1
            }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r")
    private static let hash = UInt8(ascii: "#"), ampersand = UInt8(ascii: "&"), asterisk = UInt8(ascii: "*")
    private static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
    private static let pipe = UInt8(ascii: "|"), greaterThan = UInt8(ascii: ">"), colon = UInt8(ascii: ":")
    private static let dash = UInt8(ascii: "-"), question = UInt8(ascii: "?"), comma = UInt8(ascii: ",")
    private static let openBracket = UInt8(ascii: "["), openBrace = UInt8(ascii: "{")
    private static let closeBracket = UInt8(ascii: "]"), closeBrace = UInt8(ascii: "}")
}

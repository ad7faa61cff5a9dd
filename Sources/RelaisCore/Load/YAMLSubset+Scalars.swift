import Yams

// Scalars: plain and quoted ones on one line, `|` and `>` texts over the lines below.

extension YAMLSubset {
    /// Whether a plain scalar may start with `byte` (then `next`). Indicators cannot; `-` can before a letter or
    /// digit (`-12`). `?` and `:` before text, which YAML allows in block context, are left to Yams.
    static func startsPlain(_ byte: UInt8, _ next: UInt8) -> Bool {
        switch byte {
        case 0, YAMLByte.newline, YAMLByte.space: return false
        case YAMLByte.dash:
            return (0x30...0x39).contains(next) || (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
        case UInt8(ascii: "?"), YAMLByte.colon, YAMLByte.comma, YAMLByte.openBracket, YAMLByte.closeBracket, YAMLByte.openBrace,
             YAMLByte.closeBrace, YAMLByte.hash, UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), YAMLByte.pipe,
             YAMLByte.greater, YAMLByte.apostrophe, YAMLByte.quote, UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default: return true
        }
    }

    /// A plain value that fills the rest of the line (block context), then the line's end; `pos` at the next line.
    /// `: ` inside is an error in YAML, left to Yams; ` #` starts a comment.
    mutating func plainLine() throws(Outside) -> Node {
        guard Self.startsPlain(current, at(pos + 1)) else { throw Outside() }
        let start = pos
        let mark = self.mark(at: start)
        var end = start
        scan: while true {
            switch current {
            case 0, YAMLByte.newline: break scan
            case YAMLByte.colon where isBlankOrEnd(at(pos + 1)): throw Outside()
            case YAMLByte.hash where at(pos - 1) == YAMLByte.space: break scan
            case YAMLByte.space: break
            default: end = pos + 1
            }
            pos += 1
        }
        let node = try scalar(text(start..<end), .plain, mark)
        skipToLineEnd()
        if current == YAMLByte.newline { nextLine() }
        return node
    }

    /// The offset of the quote that closes the one at `start`, on the same line: `\"` escapes inside double quotes,
    /// `''` inside single ones. Nil when the line ends first (a quoted text over several lines goes to Yams).
    func closingQuote(from start: Int) -> Int? {
        let quote = at(start)
        var index = start + 1
        while true {
            let byte = at(index)
            if byte == 0 || byte == YAMLByte.newline { return nil }
            if quote == YAMLByte.quote, byte == YAMLByte.backslash {
                index += 2
                continue
            }
            if byte == quote {
                if quote == YAMLByte.apostrophe, at(index + 1) == YAMLByte.apostrophe {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
    }

    /// A quoted scalar on one line, `pos` at its opening quote, left after the closing one; with its text.
    mutating func quotedScalar() throws(Outside) -> (Node, String) {
        guard let close = closingQuote(from: pos) else { throw Outside() }
        let start = pos
        let mark = self.mark(at: start)
        let isDouble = current == YAMLByte.quote
        var unescaped: [UInt8] = []
        var pending = start + 1
        var index = start + 1
        while index < close {
            let byte = at(index)
            if isDouble, byte == YAMLByte.backslash {
                unescaped += bytes[pending..<index]
                guard let next = Self.unescape(at: index + 1, in: bytes, into: &unescaped), next <= close else { throw Outside() }
                index = next
                pending = next
            } else if !isDouble, byte == YAMLByte.apostrophe {
                // `''` is one quote: keep the first, skip the second.
                unescaped += bytes[pending...index]
                index += 2
                pending = index
            } else {
                index += 1
            }
        }
        let text: String
        if pending == start + 1 {
            text = self.text(pending..<close)
        } else {
            unescaped += bytes[pending..<close]
            text = String(decoding: unescaped, as: UTF8.self)
        }
        pos = close + 1
        return (try scalar(text, isDouble ? .doubleQuoted : .singleQuoted, mark), text)
    }

    /// The character an escape stands for (`offset` just after the backslash), appended as UTF-8; the offset after
    /// the escape, or nil for an escape libyaml refuses (`\'` among them) or one that continues the line.
    static func unescape(at offset: Int, in text: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) -> Int? {
        guard offset < text.count else { return nil }
        let simple: UInt32?
        var digits = 0
        switch text[offset] {
        case UInt8(ascii: "0"): simple = 0
        case UInt8(ascii: "a"): simple = 0x07
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "v"): simple = 0x0B
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "e"): simple = 0x1B
        case UInt8(ascii: " "): simple = 0x20
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "N"): simple = 0x85
        case UInt8(ascii: "_"): simple = 0xA0
        case UInt8(ascii: "L"): simple = 0x2028
        case UInt8(ascii: "P"): simple = 0x2029
        case UInt8(ascii: "x"): simple = nil; digits = 2
        case UInt8(ascii: "u"): simple = nil; digits = 4
        case UInt8(ascii: "U"): simple = nil; digits = 8
        default: return nil
        }
        var value = simple ?? 0
        var next = offset + 1
        if simple == nil {
            guard offset + digits < text.count else { return nil }
            for index in offset + 1...offset + digits {
                guard let digit = hexValue(text[index]) else { return nil }
                value = value << 4 | digit
            }
            next = offset + digits + 1
        }
        // libyaml refuses surrogates and values past Unicode.
        guard let scalar = Unicode.Scalar(value) else { return nil }
        bytes += Array(String(scalar).utf8)
        return next
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// A `|` or `>` text, `pos` at the indicator, left at the start of the first line after the text. libyaml's
    /// own algorithm (`yaml_parser_scan_block_scalar`), byte for byte: the indentation is found from the first lines,
    /// `>` folds lines that neither start with a space nor follow an empty line, and `-` / `+` chomp the end.
    mutating func blockScalar(parentIndent: Int) throws(Outside) -> Node {
        let mark = self.mark(at: pos)
        let literal = current == YAMLByte.pipe
        pos += 1
        var chomping = 0
        if current == YAMLByte.plus || current == YAMLByte.dash {
            chomping = current == YAMLByte.plus ? 1 : -1
            pos += 1
        }
        // An explicit indentation (`|2`) is rare enough to leave to Yams.
        if (0x30...0x39).contains(current) { throw Outside() }
        skipSpaces()
        if current == YAMLByte.hash { skipToLineEnd() }
        guard current == YAMLByte.newline || current == 0 else { throw Outside() }
        if current == YAMLByte.newline { nextLine() }

        var text: [UInt8] = []
        var indent = 0, trailingBreaks = 0
        var leadingBreak = false, leadingBlank = false
        blockBreaks(indent: &indent, breaks: &trailingBreaks, parentIndent: parentIndent)
        while pos - lineStart == indent, pos < bytes.count {
            let trailingBlank = current == YAMLByte.space
            if !literal, leadingBreak, !leadingBlank, !trailingBlank {
                if trailingBreaks == 0 { text.append(YAMLByte.space) }
            } else if leadingBreak {
                text.append(YAMLByte.newline)
            }
            leadingBreak = false
            text += repeatElement(YAMLByte.newline, count: trailingBreaks)
            trailingBreaks = 0
            leadingBlank = current == YAMLByte.space
            let start = pos
            skipToLineEnd()
            text += bytes[start..<pos]
            if current == YAMLByte.newline {
                leadingBreak = true
                nextLine()
            }
            blockBreaks(indent: &indent, breaks: &trailingBreaks, parentIndent: parentIndent)
        }
        if chomping != -1, leadingBreak { text.append(YAMLByte.newline) }
        if chomping == 1 { text += repeatElement(YAMLByte.newline, count: trailingBreaks) }
        // The text ends on a line less indented: back to that line's start, which the collections read from.
        if pos < bytes.count { pos = lineStart }
        return try scalar(String(decoding: text, as: UTF8.self), literal ? .literal : .folded, mark)
    }

    /// libyaml's `yaml_parser_scan_block_scalar_breaks`: the indentation spaces and empty lines before a line of
    /// text; the first call sets `indent` from the deepest of them, at least one more than the collection's.
    private mutating func blockBreaks(indent: inout Int, breaks: inout Int, parentIndent: Int) {
        var maxIndent = 0
        while true {
            while indent == 0 || pos - lineStart < indent, current == YAMLByte.space { pos += 1 }
            maxIndent = max(maxIndent, pos - lineStart)
            guard current == YAMLByte.newline else { break }
            breaks += 1
            nextLine()
        }
        if indent == 0 { indent = max(maxIndent, parentIndent + 1, 1) }
    }
}

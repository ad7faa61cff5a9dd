/// Text that would let content break out of an HTML attribute.
///
/// swift-mustache escapes per `Character`: a quote followed by a combining mark (U+0301…) forms one grapheme and
/// is left unescaped, so `title="{{x}}"` could be broken out of. Such sequences are refused at load time.
enum UnsafeTextCheck {
    /// Line and column (in Unicode scalars, 1-based) of each combining mark right after `" ' < > &`.
    static func combiningMarksAfterEscapedCharacters(in text: String) -> [(line: Int, column: Int)] {
        // Combining marks are never ASCII: a text where no escaped character is followed by a non-ASCII byte is clean.
        var suspect = false
        var previousEscaped = false
        for byte in text.utf8 {
            if previousEscaped, byte >= 0x80 {
                suspect = true
                break
            }
            previousEscaped = isEscaped(byte)
        }
        guard suspect else { return [] }
        var found: [(Int, Int)] = []
        var line = 1, column = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            column += 1
            if let previous, previous.isASCII, isEscaped(UInt8(previous.value)), isCombiningMark(scalar) {
                found.append((line, column))
            }
            if scalar == "\n" {
                line += 1
                column = 0
            }
            previous = scalar
        }
        return found
    }

    static func isEscaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend || scalar.value == 0x200D
        }
    }
}

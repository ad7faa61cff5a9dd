import Foundation

/// Text that would let content break out of an HTML attribute.
///
/// swift-mustache escapes `" ' < > &` per `Character`: when one of them shares a grapheme cluster with other
/// scalars (a combining mark after it, an emoji modifier, a prepended sign before it), the cluster is not
/// escaped and `title="{{x}}"` can be broken out of. Such text is refused at load time, after YAML has decoded
/// its escapes (`"\u0301"`), since the decoded value is what reaches the templates.
enum UnsafeTextCheck {
    /// The first character (as a reader sees it) that merges an escaped sign with other scalars, with its offset.
    static func unsafeCharacter(in text: String) -> (offset: Int, character: Character)? {
        // Pure ASCII cannot merge those signs with anything, and text without them has nothing to hide.
        var hasEscaped = false, hasNonASCII = false
        for byte in text.utf8 {
            if byte >= 0x80 { hasNonASCII = true } else if isEscaped(byte) { hasEscaped = true }
        }
        guard hasEscaped, hasNonASCII else { return nil }
        for (offset, character) in text.enumerated() where character.unicodeScalars.count > 1 {
            if character.unicodeScalars.contains(where: { $0.isASCII && isEscaped(UInt8($0.value)) }) {
                return (offset, character)
            }
        }
        return nil
    }

    /// The first control character other than tab, line feed and carriage return (C0, DEL, C1), or line and paragraph
    /// separator (U+2028, U+2029), with its offset in scalars: HTML forbids the first, YAML counts the others as line
    /// breaks where every other reader does not (found by hostile testing: the lines of later diagnostics were
    /// wrong), CSV readers choke on them, and none is ever meant.
    static func controlCharacter(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        // Bytes first (every body of the site goes through here): C0 and DEL are single bytes, C1 is 0xC2 0x80–0x9F,
        // U+2028 and U+2029 are 0xE2 0x80 0xA8 and 0xA9 (found with memchr: a second test in the loop cost a tenth of loading).
        var previous: UInt8 = 0
        var copy = text
        let suspect = copy.withUTF8 { bytes in
            bytes.contains { byte in
                defer { previous = byte }
                return (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                    || (previous == 0xC2 && (0x80...0x9F).contains(byte))
            } || hasSequence(bytes, lead: 0xE2) { $0 == 0x80 && ($1 == 0xA8 || $1 == 0xA9) }
        }
        guard suspect else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 {
                return (offset, scalar)
            }
        }
        return nil
    }

    /// Whether `bytes` hold `lead` followed by the bytes of a UTF-8 sequence of `length` (2 or 3) that `match` accepts
    /// (the third is 0 for two), looked for with memchr: French text has few 0xE2 bytes (apostrophes, dashes, ellipses).
    static func hasSequence(_ bytes: UnsafeBufferPointer<UInt8>, lead: UInt8, length: Int = 3, _ match: (UInt8, UInt8) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(lead), bytes.count - offset) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + length <= bytes.count, match(bytes[index + 1], length == 3 ? bytes[index + 2] : 0) { return true }
            offset = index + 1
        }
        return false
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    static func isEscaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    /// The invisible scalars of a character, as `U+0301` codes, for messages.
    static func describe(_ character: Character) -> String {
        character.unicodeScalars.filter { !$0.isASCII }.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
            .joined(separator: ", ")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

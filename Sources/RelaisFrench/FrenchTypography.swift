/// French typography on a run of plain text (never on code, URLs or attributes: the caller decides where it applies).
///
/// - Before `; ! ?` a narrow no-break space (U+202F), before `:` a no-break space (U+00A0): a preceding run of spaces
///   is replaced, or the space is inserted after a letter, a digit or a closing `» ) ] ” % €`.
/// - Inside `« »` a no-break space (U+00A0), replacing or inserted.
/// - A straight apostrophe between letters becomes `’` (U+2019).
/// - Amounts typed by authors: the spaces between groups of three digits become narrow no-break spaces ("15 000"),
///   the space before `€` or `%` after a digit a no-break space, inserted when missing ("25 %").
/// - Left alone: URL-like words (`https://…`, `www.…`, `mailto:…`, `tel:…`), `13:30`, `1:2`, `?!` (one space
///   before the first sign only), HTML character references (`&amp;`), and the string's edges, where no space is
///   inserted (a text node may be split: `<em>Bonjour</em> !`).
/// - Idempotent: `apply(apply(x)) == apply(x)`.
public enum FrenchTypography {
    /// The text with French spacing and apostrophes.
    public static func apply(_ text: String) -> String {
        // Most texts of a page hold none of the signs the rules react to: hand them back untouched, cheaply.
        guard mayNeedTypography(text) else { return text }
        return applyRules(text)
    }

    /// Whether `text` holds one of `: ; ! ? ' " %`, a guillemet, `€`, or a digit followed by a space, the only signs
    /// the rules act around.
    static func mayNeedTypography(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x3A, 0x3B, 0x21, 0x3F, 0x27, 0x25: return true
                case 0xAB where previous == 0xC2, 0xBB where previous == 0xC2: return true
                case 0xAC where previous == 0x82: return true                       // € is E2 82 AC
                case 0x20 where (0x30...0x39).contains(previous): return true       // "15 000", "25 %"
                case 0xA0 where previous == 0xC2, 0xAF where previous == 0x80: return true // no-break spaces to check
                default: previous = byte
                }
            }
            return false
        }
    }

    // The rules work on Unicode scalars, not Characters: comparing Characters costs a grapheme break and a
    // normalisation each time, and every sign the rules look for is a single scalar. A combining mark counts as
    // part of the letter it follows.
    static func applyRules(_ text: String) -> String {
        let chars = scalars(of: text)
        guard !chars.isEmpty else { return text }
        let protected = protectedMask(chars)
        // UTF-8 bytes, encoded here: appending scalar by scalar to a String costs more than the rules themselves.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        var index = 0
        while index < chars.count {
            if isReplaceableSpace(chars[index]) {
                // A whole run of spaces becomes one space chosen from its neighbours, or stays as it is.
                var end = index
                while end < chars.count, isReplaceableSpace(chars[end]) { end += 1 }
                let previous = index > 0 ? chars[index - 1] : nil
                let next = end < chars.count ? chars[end] : nil
                let replacement = spaceForRun(
                    previous: previous, previousProtected: index > 0 && protected[index - 1],
                    next: next, nextProtected: end < chars.count && protected[end]) ?? numberSpace(chars, runStart: index, runEnd: end, protected: protected)
                if let replacement {
                    appendUTF8(replacement, to: &result)
                } else {
                    for space in chars[index..<end] { appendUTF8(space, to: &result) }
                }
                index = end
                continue
            }
            let char = chars[index]
            if index > 0, !protected[index], let space = spaceToInsert(chars, before: index) {
                appendUTF8(space, to: &result)
            }
            if char == "'", !protected[index], index > 0, index + 1 < chars.count,
               isLetter(chars[index - 1]), isLetter(chars[index + 1]) {
                appendUTF8("\u{2019}", to: &result)
            } else {
                appendUTF8(char, to: &result)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The scalars of `text`, without the counting pass `Array(text.unicodeScalars)` makes first.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { chars.append(scalar) }
        return chars
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { LatinScalars.isWhitespace(scalar) }

    /// Whether `apply` would leave `text` unchanged (compared scalar by scalar, not by canonical equivalence).
    public static func isApplied(_ text: String) -> Bool {
        apply(text).unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    // MARK: - Rules

    private static let narrowSpace: Unicode.Scalar = "\u{202F}"
    private static let noBreakSpace: Unicode.Scalar = "\u{00A0}"

    /// Spaces that a rule may replace: ordinary, no-break, narrow no-break and thin spaces (never line breaks or tabs).
    private static func isReplaceableSpace(_ char: Unicode.Scalar) -> Bool {
        switch char {
        case " ", "\u{00A0}", "\u{202F}", "\u{2009}": return true
        default: return false
        }
    }

    /// The space a punctuation sign takes before it, if it is one of `; ! ? :`.
    private static func spaceBefore(_ sign: Unicode.Scalar) -> Unicode.Scalar? {
        switch sign {
        case ";", "!", "?": return narrowSpace
        case ":": return noBreakSpace
        default: return nil
        }
    }

    /// Characters after which a missing space is inserted before `; ! ? :`.
    private static func takesSpaceAfter(_ char: Unicode.Scalar) -> Bool {
        if isLetter(char) || isNumber(char) { return true }
        switch char {
        case "»", ")", "]", "\u{201D}", "%", "€": return true
        default: return false
        }
    }

    /// The single space replacing a run of spaces between `previous` and `next`, or nil to keep the run.
    /// The order of the tests matters: `spaceToInsert` follows the same order so that a second pass changes nothing.
    private static func spaceForRun(
        previous: Unicode.Scalar?, previousProtected: Bool, next: Unicode.Scalar?, nextProtected: Bool
    ) -> Unicode.Scalar? {
        if let next, !nextProtected {
            if let space = spaceBefore(next) { return space }
            if next == "»" { return noBreakSpace }
        }
        if previous == "«", !previousProtected { return noBreakSpace }
        return nil
    }

    /// The space to insert between `chars[index - 1]` and `chars[index]` when none is there, or nil.
    private static func spaceToInsert(_ chars: [Unicode.Scalar], before index: Int) -> Unicode.Scalar? {
        let previous = chars[index - 1]
        let char = chars[index]
        if let space = spaceBefore(char) {
            // A sign after another sign ("?!"), an opening bracket or a space gets nothing.
            guard takesSpaceAfter(previous) else { return nil }
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if char == ":" {
                // "://" of URLs, and times or ratios between digits: "13:30", "1:2".
                if next == "/", index + 2 < chars.count, chars[index + 2] == "/" { return nil }
                if isNumber(previous), let next, isNumber(next) { return nil }
            }
            if char == ";", endsCharacterReference(chars, at: index) { return nil }
            return space
        }
        if char == "»", !isWhitespace(previous) { return noBreakSpace }
        if char == "%" || char == "€", isNumber(previous) { return noBreakSpace }
        if previous == "«", !isWhitespace(char) { return noBreakSpace }
        return nil
    }

    /// The space of a number typed by an author, for the run of spaces `chars[runStart..<runEnd]`: before `€` or `%`
    /// after a digit, a no-break space; between groups of digits that read as thousands (a first group of one to
    /// three digits, then groups of exactly three), a narrow no-break space. Years, phone numbers and codes keep
    /// their spaces ("en 2022 100 entreprises", "01 99 00 01 09").
    private static func numberSpace(_ chars: [Unicode.Scalar], runStart: Int, runEnd: Int, protected: [Bool]) -> Unicode.Scalar? {
        // Only spaces typed as plain spaces: a no-break space already there (Relais's own formatting) is kept.
        guard runStart > 0, runEnd < chars.count, !protected[runStart - 1], !protected[runEnd], isNumber(chars[runStart - 1]),
              chars[runStart..<runEnd].allSatisfy({ $0 == " " }) else { return nil }
        let next = chars[runEnd]
        if next == "€" || next == "%" { return noBreakSpace }
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < chars.count && ("0"..."9").contains(chars[index]) }
        // After: exactly three digits, then no digit.
        guard isDigit(runEnd), isDigit(runEnd + 1), isDigit(runEnd + 2), !isDigit(runEnd + 3) else { return nil }
        if runEnd + 3 < chars.count, chars[runEnd + 3] == "," || chars[runEnd + 3] == "." , isDigit(runEnd + 4) { return nil }
        // Before: groups of three back to a first group of one to three digits, preceded by no letter or digit.
        var cursor = runStart - 1
        while true {
            var length = 0
            while isDigit(cursor) { length += 1; cursor -= 1 }
            guard length >= 1, length <= 3 else { return nil }
            // Another group before, separated by one space: it must have been a group of three (checked next turn).
            if cursor >= 1, isReplaceableSpace(chars[cursor]), isDigit(cursor - 1), length == 3 {
                cursor -= 1
                continue
            }
            guard cursor < 0 || !(isLetter(chars[cursor]) || isNumber(chars[cursor]) || chars[cursor] == "," || chars[cursor] == ".") else { return nil }
            return narrowSpace
        }
    }

    /// Display text (not data files): the rules, with straight double quotes that pair up around words as `« »`.
    public static func applyForDisplay(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\"")) else { return apply(text) }
        return apply(String(String.UnicodeScalarView(pairingQuotes(Array(text.unicodeScalars)))))
    }

    /// Straight double quotes that pair up, the first after a space (or at the start) and the second before a space,
    /// a sign or the end, become `«` and `»`. An unpaired quote is left as it is (a text node may be split).
    static func pairingQuotes(_ chars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard chars.contains("\"") else { return chars }
        var result = chars
        var opening: Int? = nil
        for (index, char) in chars.enumerated() where char == "\"" {
            let before = index > 0 ? chars[index - 1] : nil
            let after = index + 1 < chars.count ? chars[index + 1] : nil
            if let start = opening {
                let closes = after.map { isWhitespace($0) || ",.;:!?)]…".unicodeScalars.contains($0) } ?? true
                if closes, index > start + 1 {
                    (result[start], result[index]) = ("«", "»")
                    opening = nil
                    continue
                }
            }
            let opens = (before.map { isWhitespace($0) || "([".unicodeScalars.contains($0) } ?? true) && after.map { !isWhitespace($0) } == true
            opening = opens ? index : opening
        }
        return result
    }

    /// Whether the `;` at `index` closes an HTML character reference: `&amp;`, `&#233;`, `&#xE9;`.
    private static func endsCharacterReference(_ chars: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index - 1
        var length = 0
        while cursor >= 0, length <= 32, chars[cursor].isASCII, chars[cursor].properties.isAlphabetic || isNumber(chars[cursor]) {
            cursor -= 1
            length += 1
        }
        guard length > 0, cursor >= 0 else { return false }
        if chars[cursor] == "#" { cursor -= 1 }
        return cursor >= 0 && chars[cursor] == "&"
    }

    /// For each character, whether it belongs to a URL-like word that typography must not touch.
    private static func protectedMask(_ chars: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: chars.count)
        var start = 0
        while start < chars.count {
            guard !isWhitespace(chars[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < chars.count, !isWhitespace(chars[end]) { end += 1 }
            if looksLikeURL(chars[start..<end]) {
                for position in start..<end { mask[position] = true }
            }
            start = end
        }
        return mask
    }

    /// Whether a word is a URL or an address: it holds `://` or starts (after opening brackets or quotes)
    /// with `www.`, `mailto:` or `tel:`.
    private static func looksLikeURL(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // Every pattern holds ":" or ".": most words are skipped at once. Compared scalar by scalar, ASCII letters
        // folded to lower case, without building a string (a word ending a sentence holds a ".").
        guard word.contains(where: { $0 == ":" || $0 == "." }) else { return false }
        var index = word.startIndex
        while index + 2 < word.endIndex {
            if word[index] == ":", word[index + 1] == "/", word[index + 2] == "/" { return true }
            index += 1
        }
        let bare = word.drop(while: { "([«\u{201C}\"'".unicodeScalars.contains($0) })
        return hasPrefix(bare, "www.") || hasPrefix(bare, "mailto:") || hasPrefix(bare, "tel:")
    }

    /// Whether `word` starts with the lower-case ASCII `prefix`, ignoring the case of ASCII letters.
    private static func hasPrefix(_ word: ArraySlice<Unicode.Scalar>, _ prefix: StaticString) -> Bool {
        guard word.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { expected in
            var index = word.startIndex
            for byte in expected {
                var value = word[index].value
                if value >= 0x41, value <= 0x5A { value += 0x20 }
                guard value == UInt32(byte) else { return false }
                index += 1
            }
            return true
        }
    }

    /// A letter, or a combining mark that belongs to the letter before it.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if let latin = LatinScalars.isLatinLetter(scalar) { return latin }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isAlphabetic
        }
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Below U+0300 the numbers are the ASCII digits and ² ³ ¹ ¼ ½ ¾: answered without a property lookup.
        if value < 0x300 { return (0x30...0x39).contains(value) || value == 0xB2 || value == 0xB3 || value == 0xB9 || (0xBC...0xBE).contains(value) }
        return scalar.properties.numericType != nil
    }
}

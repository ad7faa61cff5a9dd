import RelaisFrench

/// Typography slips in a run of French text that Relais cannot mend by itself: straight double quotes where « » are
/// meant, and `: ; ! ?` glued to the word before. (An ordinary space before a sign is fine: rendering turns it into
/// a no-break space.) Tuned for few false alarms: times (13:30), ratios, addresses and paths, emoticons and signs
/// followed by a letter (`a:b`, `page?id`) are left alone; code is never given to it.
struct TypographySlip: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case straightQuotes
        case gluedSign(Character)
    }

    let kind: Kind
    /// The text as written: `"mot"` or `Attention:`, to be located in the source.
    let snippet: String
    /// Bytes of `snippet` before the offending character (the opening quote, or the sign).
    let signOffset: Int

    /// Characters of `snippet` before the offending character, for a column counted in characters.
    var signCharacterOffset: Int {
        if case .gluedSign = kind { return snippet.count - 1 }
        return 0
    }

    /// The snippet mended, for the hint.
    var fixed: String {
        switch kind {
        case .straightQuotes: "« " + snippet.dropFirst().dropLast() + " »"
        case .gluedSign(let sign): snippet.dropLast() + " " + String(sign)
        }
    }

    var message: String {
        switch kind {
        case .straightQuotes: "Des guillemets droits entourent \(snippet) : en français, on écrit des guillemets « »."
        case .gluedSign(let sign): "Il manque une espace avant « \(sign) » dans « \(snippet) »."
        }
    }

    var hint: String {
        switch kind {
        case .straightQuotes: "Remplacez \(snippet) par \(fixed)."
        case .gluedSign: "Écrivez « \(fixed) » : Relais rend cette espace insécable."
        }
    }

    /// The slips of one run of text, in order.
    static func find(in text: String) -> [TypographySlip] {
        guard mayHoldSlips(text) else { return [] }
        let chars = FrenchTypography.scalars(of: text)
        var slips: [TypographySlip] = []
        var quoteEnd = -1
        for index in chars.indices {
            let char = chars[index]
            if char == "\"", index > quoteEnd, let slip = quoted(chars, from: index) {
                slips.append(slip.0)
                quoteEnd = slip.1
            } else if let slip = glued(chars, at: index) {
                slips.append(slip)
            }
        }
        return slips
    }

    /// Whether a run of text may hold a slip, on its bytes: a straight quote, or one of `: ; ! ?` right after a byte
    /// that may end a letter or a digit (an ASCII letter or digit, or any byte of a multi-byte character). French
    /// text spaces these signs (`Pour qui ?`): most runs are sent back here, before being made a String.
    static func mayHoldSlips(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for byte in bytes {
            switch byte {
            case 0x22: return true
            case 0x3A, 0x3B, 0x21, 0x3F:
                // `| 0x20` lower-cases an ASCII letter and moves no other byte into a–z.
                if previous >= 0x80 || (0x30...0x39).contains(previous) || (0x61...0x7A).contains(previous | 0x20) { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    private static func mayHoldSlips(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayHoldSlips($0) }
    }

    /// `"mots"` opened after a space (or at the start) before a letter, closed after a non-space before a space, a
    /// punctuation sign or the end, with a letter inside and no other straight quote.
    private static func quoted(_ chars: [Unicode.Scalar], from open: Int) -> (TypographySlip, Int)? {
        guard open == 0 || isSpace(chars[open - 1]) || chars[open - 1] == "(",
              open + 1 < chars.count, isLetter(chars[open + 1]) else { return nil }
        var close = open + 1
        while close < chars.count, chars[close] != "\"" { close += 1 }
        guard close < chars.count, !isSpace(chars[close - 1]) else { return nil }
        let after = close + 1 < chars.count ? chars[close + 1] : nil
        guard after.map({ isSpace($0) || ".,;:!?)…".unicodeScalars.contains($0) }) ?? true else { return nil }
        var snippet = String.UnicodeScalarView()
        snippet.append(contentsOf: chars[open...close])
        return (TypographySlip(kind: .straightQuotes, snippet: String(snippet), signOffset: 0), close)
    }

    /// `: ; ! ?` right after a letter or a digit, in a word that is not an address, a path or a time.
    private static func glued(_ chars: [Unicode.Scalar], at index: Int) -> TypographySlip? {
        let char = chars[index]
        guard index > 0, char == ":" || char == ";" || char == "!" || char == "?" else { return nil }
        let previous = chars[index - 1]
        guard isLetter(previous) || isDigit(previous) else { return nil }
        if index + 1 < chars.count {
            let next = chars[index + 1]
            // `a:b`, `page?id`, `13:30`, and emoticons such as `:)`, `;-)`, `:D`.
            if isLetter(next) || isDigit(next) || "()-|/\\*[]<>".unicodeScalars.contains(next) { return nil }
        }
        var start = index
        while start > 0, !isSpace(chars[start - 1]), !"(«\"'".unicodeScalars.contains(chars[start - 1]) {
            start -= 1
            // No word is that long: a run of text without spaces (data, a pasted identifier) is left alone, and the
            // walk back stays short, where it would otherwise cross the whole run at each sign in it.
            if index - start > maximumWordLength { return nil }
        }
        let word = chars[start..<index]
        // Addresses, paths, e-mails, entities, identifiers and file names.
        guard !word.contains(where: { "/@=&_\\.:#".unicodeScalars.contains($0) }) else { return nil }
        var snippet = String.UnicodeScalarView()
        snippet.append(contentsOf: chars[start...index])
        let text = String(snippet)
        return TypographySlip(kind: .gluedSign(Character(char)), snippet: text, signOffset: text.utf8.count - 1)
    }

    /// Scalars before a glued sign beyond which the run is no word.
    static let maximumWordLength = 64

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { LatinScalars.isWhitespace(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        LatinScalars.isLatinLetter(scalar) ?? scalar.properties.isAlphabetic
    }
}

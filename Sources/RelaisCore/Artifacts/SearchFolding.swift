import RelaisFrench

/// How the search index and its script (`assets/recherche.js`, which repeats these rules) turn French text into
/// terms: lower case, accents and ligatures folded (œ → oe), split at anything that is not a letter or a digit
/// (so the elided `l’` `d’` `qu’` fall off as one-letter words or stop words), stop words dropped, and a final
/// plural `s` or `x` removed from words of four letters or more ("prêts" → "pret", "emplois" → "emploi").
enum SearchFolding {
    /// Function words too common to help: left out of the index; the script reads this list from the manifest.
    static let stopWords: Set<String> = [
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "est", "et",
        "il", "ils", "jusqu", "la", "le", "les", "leur", "leurs", "lorsqu", "ne", "nous", "ou", "par", "pour", "puisqu",
        "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous",
    ]

    /// Longer words are cut to this many letters (the script cuts them alike).
    static let maxLength = 30
    static let stopTerms = Set(stopWords.compactMap { SearchTerm(Array($0.utf8)) })

    /// The terms of `text`, in order, stop words and one-letter words left out. Reads UTF-8 bytes: ASCII, the bulk of
    /// the text, costs no decoding, and a term is a packed value, not a String (this runs over every word of the site
    /// within the index's time budget).
    static func scan(_ text: String, into body: (SearchTerm) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var word = SearchTerm.Builder()
            func flush() {
                if let term = word.term() { body(term) }
                word = SearchTerm.Builder()
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: word.append(byte)
                    case 0x41...0x5A: word.append(byte + 0x20)
                    default: flush()
                    }
                    index += 1
                    continue
                }
                // A multi-byte scalar (the text is valid UTF-8: it comes from a String).
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in 1..<length where index + next < count {
                    value = value << 6 | (UInt32(bytes[index + next]) & 0x3F)
                }
                index += length
                guard let scalar = Unicode.Scalar(value) else {
                    flush()
                    continue
                }
                if let folded = FrenchFolding.fold(scalar) {
                    for byte in folded.utf8 { word.append(byte) }
                } else if !FrenchFolding.isCombiningMark(scalar) {
                    flush()
                }
            }
            flush()
        }
    }

    /// Every term of `text` as a String (tests, queries).
    static func terms(_ text: String) -> [String] {
        var all: [String] = []
        scan(text) { all.append($0.string) }
        return all
    }
}

/// A term of up to 30 letters and digits, packed 6 bits a character into three integers: hashed and compared
/// without making a String for each word of the site.
struct SearchTerm: Hashable, Sendable {
    private var parts: (UInt64, UInt64, UInt64) = (0, 0, 0)

    /// `bytes`: a-z (codes 1–26) and 0-9 (27–36) only.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= SearchFolding.maxLength,
              bytes.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) else { return nil }
        for (index, byte) in bytes.enumerated() { set(index, byte) }
    }

    /// A word being read, packed as it comes: cut to `maxLength`, then a stop word is dropped and a final plural
    /// `s` (not `ss`) or `x` removed from words of four letters or more.
    struct Builder {
        private var packed = SearchTerm()
        private var length = 0
        private var last: UInt8 = 0
        private var beforeLast: UInt8 = 0

        mutating func append(_ byte: UInt8) {
            guard length < SearchFolding.maxLength else { return }
            packed.set(length, byte)
            (beforeLast, last) = (last, byte)
            length += 1
        }

        func term() -> SearchTerm? {
            guard length >= 2 else { return nil }
            // Stop words are short: longer words skip the lookup.
            if length <= 7, SearchFolding.stopTerms.contains(packed) { return nil }
            guard length >= 4, last == UInt8(ascii: "x") || (last == UInt8(ascii: "s") && beforeLast != UInt8(ascii: "s")) else { return packed }
            var singular = packed
            singular.clear(length - 1)
            return singular
        }
    }

    private init() {}

    private mutating func set(_ index: Int, _ byte: UInt8) {
        let code: UInt64 = byte >= 0x61 ? UInt64(byte - 0x60) : UInt64(byte - 0x30) + 27
        let shift = UInt64((index % 10) * 6)
        switch index / 10 {
        case 0: parts.0 |= code << shift
        case 1: parts.1 |= code << shift
        default: parts.2 |= code << shift
        }
    }

    private mutating func clear(_ index: Int) {
        let mask = ~(UInt64(63) << UInt64((index % 10) * 6))
        switch index / 10 {
        case 0: parts.0 &= mask
        case 1: parts.1 &= mask
        default: parts.2 &= mask
        }
    }

    var string: String {
        var bytes: [UInt8] = []
        for part in [parts.0, parts.1, parts.2] {
            var rest = part
            while rest != 0 {
                let code = UInt8(rest & 63)
                bytes.append(code <= 26 ? code + 0x60 : code - 27 + 0x30)
                rest >>= 6
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func == (lhs: SearchTerm, rhs: SearchTerm) -> Bool { lhs.parts == rhs.parts }
    // Most terms fit in the first part: one word of 64 bits is hashed, the others mixed into it.
    func hash(into hasher: inout Hasher) {
        hasher.combine(parts.0 ^ (parts.1 &* 0x9E37_79B9_7F4A_7C15) ^ (parts.2 &* 0xC2B2_AE3D_27D4_EB4F))
    }
}

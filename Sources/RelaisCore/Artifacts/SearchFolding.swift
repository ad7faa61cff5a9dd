import RelaisFrench

/// How the search index and its script (`assets/recherche.js`, which repeats these rules) turn French text into
/// terms: lower case, accents and ligatures folded (œ → oe), split at anything that is not a letter or a digit
/// (so the elided `l’` `d’` `qu’` fall off as one-letter words or stop words), stop words dropped, and a final
/// plural `s` (not `ss`) or `x` (not `oux`) removed from words of four letters or more ("prêts" → "pret",
/// "emplois" → "emploi", "Roux" → "roux").
enum SearchFolding {
    /// Function words too common to help: left out of the index; the script reads this list from the manifest.
    static let stopWords: Set<String> = [
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "est", "et",
        "il", "ils", "jusqu", "la", "le", "les", "leur", "leurs", "lorsqu", "ne", "nous", "ou", "par", "pour", "puisqu",
        "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous",
    ]

    /// Longer words are cut to this many letters (the script cuts them alike).
    static let maxLength = 30
    /// The stop words packed as terms, sorted: all are shorter than 10 letters, so their first part is all of them.
    static let stopTerms: [UInt64] = stopWords.compactMap { SearchTerm(Array($0.utf8))?.head }.sorted()

    static func isStopTerm(_ head: UInt64, in stopTerms: UnsafeBufferPointer<UInt64>) -> Bool {
        var low = 0, high = stopTerms.count
        while low < high {
            let middle = (low + high) / 2
            if stopTerms[middle] < head { low = middle + 1 } else { high = middle }
        }
        return low < stopTerms.count && stopTerms[low] == head
    }

    /// The code of each ASCII byte in a term: a-z and A-Z 1–26, 0-9 27–36; 0 for what separates words.
    static let asciiCodes: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x61...0x7A: UInt8(byte - 0x60)
        case 0x41...0x5A: UInt8(byte - 0x40)
        case 0x30...0x39: UInt8(byte - 0x30 + 27)
        default: 0
        }
    }

    /// The scalars from U+0080 to U+024F (accented Latin letters) folded: the codes of one or two letters
    /// (first + second × 256), 0 for what is not a letter. Others ask FrenchFolding.
    static let latinCodes: [UInt16] = (0x80..<0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)), let folded = FrenchFolding.fold(scalar) else { return 0 }
        return folded.utf8.reversed().reduce(0) { $0 << 8 | UInt16(asciiCodes[Int($1)]) }
    }

    /// The terms of `text`, in order, stop words and one-letter words left out. Reads UTF-8 bytes: ASCII, the bulk of
    /// the text, costs a table lookup, and a term is a packed value, not a String (this runs over every word of the
    /// site within the index's time budget). Generic over the sink so that the index's counting is inlined here.
    static func scan<Sink: SearchTermSink>(_ text: String, into sink: inout Sink) {
        var text = text
        let ascii = asciiCodes, latin = latinCodes, stops = stopTerms
        text.withUTF8 { bytes in
            ascii.withUnsafeBufferPointer { ascii in
                latin.withUnsafeBufferPointer { latin in
                    stops.withUnsafeBufferPointer { stops in
                        scan(bytes, ascii: ascii, latin: latin, stops: stops, into: &sink)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func scan<Sink: SearchTermSink>(_ bytes: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>, latin: UnsafeBufferPointer<UInt16>,
                                                   stops: UnsafeBufferPointer<UInt64>, into sink: inout Sink) {
        // A method of the word, not a local function: the word stays in registers.
        var word = SearchTerm.Builder()
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                let code = ascii[Int(byte)]
                if code != 0 { word.append(code) } else if !word.isEmpty { word.flush(into: &sink, stops: stops) }
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
            if value < 0x80 + UInt32(latin.count) {
                let codes = latin[Int(value) - 0x80]
                if codes != 0 {
                    word.append(UInt8(codes & 0xFF))
                    if codes > 0xFF { word.append(UInt8(codes >> 8)) }
                } else if !word.isEmpty {
                    word.flush(into: &sink, stops: stops)
                }
            } else if let scalar = Unicode.Scalar(value), let folded = FrenchFolding.fold(scalar) {
                for byte in folded.utf8 { word.append(ascii[Int(byte)]) }
            } else if !FrenchFolding.isCombiningMark(Unicode.Scalar(value) ?? " "), !word.isEmpty {
                word.flush(into: &sink, stops: stops)
            }
        }
        if !word.isEmpty { word.flush(into: &sink, stops: stops) }
    }

    /// Every term of `text` as a String (tests, queries).
    static func terms(_ text: String) -> [String] {
        var all = TermList()
        scan(text, into: &all)
        return all.terms.map(\.string)
    }

    private struct TermList: SearchTermSink {
        var terms: [SearchTerm] = []
        mutating func add(_ term: SearchTerm) { terms.append(term) }
    }
}

/// What receives the terms of a text, one by one.
protocol SearchTermSink {
    mutating func add(_ term: SearchTerm)
}

/// A term of up to 30 letters and digits, packed 6 bits a character (a-z 1–26, 0-9 27–36, the `-` of a pair 37) into three integers:
/// hashed and compared without making a String for each word of the site.
struct SearchTerm: Equatable, Sendable {
    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var third: UInt64 = 0

    /// `bytes`: a-z and 0-9 only.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= SearchFolding.maxLength,
              bytes.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) else { return nil }
        var builder = Builder()
        for byte in bytes { builder.append(SearchFolding.asciiCodes[Int(byte)]) }
        self = builder.packed
    }

    private init() {}

    /// A word being read, packed as it comes: cut to `maxLength`, then a stop word is dropped and a final plural
    /// `s` (not `ss`) or `x` (not `oux`) removed from words of four letters or more.
    struct Builder {
        fileprivate var packed = SearchTerm()
        private var length = 0

        var isEmpty: Bool { length == 0 }

        @inline(__always)
        mutating func append(_ code: UInt8) {
            let value = UInt64(code)
            switch length {
            case 0..<10: packed.first |= value << UInt64(6 * length)
            case 10..<20: packed.second |= value << UInt64(6 * (length - 10))
            case 20..<30: packed.third |= value << UInt64(6 * (length - 20)) // maxLength
            default: return
            }
            length += 1
        }

        mutating func append(codesOf term: SearchTerm) {
            append(codesOf: term.first)
            append(codesOf: term.second)
            append(codesOf: term.third)
        }

        private mutating func append(codesOf part: UInt64) {
            var rest = part
            while rest != 0 {
                append(UInt8(rest & 63))
                rest >>= 6
            }
        }

        @inline(__always)
        private func code(at index: Int) -> UInt64 {
            let part = index < 10 ? packed.first : index < 20 ? packed.second : packed.third
            return part >> UInt64(6 * (index % 10)) & 63
        }

        /// Hands the word read so far to `sink`, if it makes a term, and starts a new one.
        @inline(__always)
        mutating func flush<Sink: SearchTermSink>(into sink: inout Sink, stops: UnsafeBufferPointer<UInt64>) {
            if let term = term(stops: stops) { sink.add(term) }
            self = Builder()
        }

        @inline(__always)
        func term(stops: UnsafeBufferPointer<UInt64>) -> SearchTerm? {
            guard length >= 2 else { return nil }
            // Stop words are short: longer words skip the lookup.
            if length <= 7, SearchFolding.isStopTerm(packed.first, in: stops) { return nil }
            let o: UInt64 = 15, s: UInt64 = 19, u: UInt64 = 21, x: UInt64 = 24
            let last = code(at: length - 1), before = code(at: length - 2)
            // "-oux" is as often a singular ("roux", "doux", many surnames) as a plural ("bijoux"): kept whole.
            guard length >= 4, (last == x && !(before == u && code(at: length - 3) == o)) || (last == s && before != s) else { return packed }
            var singular = packed
            let shift = UInt64(6 * ((length - 1) % 10))
            switch length - 1 {
            case 0..<10: singular.first &= ~(63 << shift)
            case 10..<20: singular.second &= ~(63 << shift)
            default: singular.third &= ~(63 << shift)
            }
            return singular
        }
    }

    /// The code of the `-` between the two words of a pair term.
    static let pairSeparator: UInt8 = 37

    /// "maison-entreprise": this term, `-` and the next one, cut at `maxLength`. Two words next to each other in a
    /// title or a label (a person's name, a place, an organisation) make a pair term: the script adds its score to
    /// the pages that have the words side by side (SearchPostingLists, SearchRanking).
    func paired(with next: SearchTerm) -> SearchTerm {
        var builder = Builder()
        builder.append(codesOf: self)
        builder.append(Self.pairSeparator)
        builder.append(codesOf: next)
        return builder.packed
    }

    /// The first ten characters: all of a short term.
    var head: UInt64 { first }

    /// Its three packed parts, as SearchCountedTerms keeps them between builds.
    var parts: (UInt64, UInt64, UInt64) { (first, second, third) }

    /// A term from the parts `parts` gave; nil for none (an empty first part).
    init?(parts: (UInt64, UInt64, UInt64)) {
        guard parts.0 != 0 else { return nil }
        (first, second, third) = parts
    }

    /// The term's letters and digits, as ASCII bytes.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        for part in [first, second, third] {
            var rest = part
            while rest != 0 {
                let code = UInt8(rest & 63)
                bytes.append(code <= 26 ? code + 0x60 : code == SearchTerm.pairSeparator ? UInt8(ascii: "-") : code - 27 + 0x30)
                rest >>= 6
            }
        }
        return bytes
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The parts mixed into 64 bits whose high bits are spread (Fibonacci hashing), for SearchTermTable.
    var mixed: UInt64 {
        (first ^ (second &* 0xC2B2_AE3D_27D4_EB4F) ^ (third &* 0x1656_67B1_9E37_79F9)) &* 0x9E37_79B9_7F4A_7C15
    }
}

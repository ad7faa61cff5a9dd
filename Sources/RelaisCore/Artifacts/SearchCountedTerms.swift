/// One page's terms as the index counted them: its length in terms, and each distinct term with its weighted count
/// (SearchRanking). Everything the index needs of a page besides its place and its result entry, kept between builds
/// (SearchCache) so that an unchanged page is not read again. Bytes: the length and the number of terms as
/// variable-length numbers, then per term its weighted count shifted left once, the low bit set when the term is
/// longer than ten letters, and its packed parts as little-endian words (the first always, the other two then).
struct SearchCountedTerms: Sendable {
    let bytes: [UInt8]

    /// Bytes that `init(length:terms:)` could have written, checked to the end; nil otherwise.
    init?(validating bytes: [UInt8]) {
        var reader = Reader(bytes)
        // Every number within what the index counts in (Int32): a damaged one could otherwise ask for a loop of
        // billions of terms, or a length that makes the ranking's arithmetic trap.
        let limit = Int(Int32.max)
        guard let length = reader.number(), length <= limit, let count = reader.number(), count <= bytes.count else { return nil }
        for _ in 0..<count {
            guard let packed = reader.number(), packed <= limit, let first = reader.word(), first != 0 else { return nil }
            if packed & 1 == 1, reader.word() == nil || reader.word() == nil { return nil }
        }
        guard reader.isAtEnd else { return nil }
        self.bytes = bytes
    }

    init(length: Int, terms: some Collection<(term: SearchTerm, count: Int)>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 + 10 * terms.count)
        Self.append(length, to: &bytes)
        Self.append(terms.count, to: &bytes)
        for (term, count) in terms {
            let (first, second, third) = term.parts
            let longer = second != 0 || third != 0
            Self.append(count << 1 | (longer ? 1 : 0), to: &bytes)
            Self.append(word: first, to: &bytes)
            if longer {
                Self.append(word: second, to: &bytes)
                Self.append(word: third, to: &bytes)
            }
        }
        self.bytes = bytes
    }

    /// Hands the page's length, then each term and its weighted count, to `read`.
    func read(length: (Int) -> Void, term: (SearchTerm, Int) -> Void) {
        var reader = Reader(bytes)
        // Checked when made (`init(validating:)`): every read below finds its bytes.
        length(reader.number() ?? 0)
        let count = reader.number() ?? 0
        for _ in 0..<count {
            let packed = reader.number() ?? 0
            let first = reader.word() ?? 0
            let parts = packed & 1 == 1 ? (first, reader.word() ?? 0, reader.word() ?? 0) : (first, 0, 0)
            if let found = SearchTerm(parts: parts) { term(found, packed >> 1) }
        }
    }

    private static func append(_ number: Int, to bytes: inout [UInt8]) {
        var rest = UInt(bitPattern: number)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func append(word: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Reads what `append` wrote; nil past the end or for a number of more than five bytes.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index == bytes.count }

        mutating func number() -> Int? {
            var number = 0
            var shift = 0
            // At most five bytes: 35 bits, never a negative number.
            while index < bytes.count, shift < 35 {
                let byte = bytes[index]
                index += 1
                number |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return number }
                shift += 7
            }
            return nil
        }

        mutating func word() -> UInt64? {
            guard bytes.count - index >= 8 else { return nil }
            var word: UInt64 = 0
            for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
            index += 8
            return word
        }
    }
}

/// The pages a term is found in, as one compact string of the JSON shards, written with the 93 printable ASCII
/// characters JSON needs not escape (all but `"` and `\`): for each page, in page order, its gap from the previous
/// page less one in base 29, most significant digit first and nothing for 0 (characters 64 to 92 of the alphabet),
/// then its code for the term (SearchRanking.swift) as one of the first 64 characters, which ends the page. A page
/// next to the previous one, as on a common word, costs one character.
enum SearchPostings {
    static let alphabet: [UInt8] = (32..<127).filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    static let codes = SearchRanking.codes
    static let carrying = alphabet.count - codes
    private static let digits: [Int] = {
        var digits = [Int](repeating: -1, count: 128)
        for (index, byte) in alphabet.enumerated() { digits[Int(byte)] = index }
        return digits
    }()

    /// `entries`: `(page, code)` in increasing page order, codes below `SearchRanking.codes`.
    static func encode(_ entries: some Sequence<(page: Int, code: Int)>, into bytes: inout [UInt8]) {
        var previous = -1
        for entry in entries {
            append(page: entry.page, code: entry.code, after: previous, into: &bytes)
            previous = entry.page
        }
    }

    /// One page's entry, after the term's `previous` page (-1 before its first).
    static func append(page: Int, code: Int, after previous: Int, into bytes: inout [UInt8]) {
        let gap = page - previous - 1
        // The gap's base-29 digits, most significant first, then the code.
        var unit = 1
        while unit <= gap / carrying { unit *= carrying }
        var rest = gap
        while gap > 0, unit > 0 {
            bytes.append(alphabet[codes + rest / unit])
            rest %= unit
            unit /= carrying
        }
        bytes.append(alphabet[code])
    }

    /// The inverse of `encode` (tests, and what the script does): `(page, code)` pairs.
    static func decode(_ text: String) -> [(page: Int, code: Int)] {
        var result: [(page: Int, code: Int)] = []
        var gap = 0
        var page = -1
        for byte in text.utf8 {
            let digit = byte < 128 ? digits[Int(byte)] : -1
            guard digit >= 0 else { return [] }
            if digit < codes {
                page += gap + 1
                result.append((page, digit))
                gap = 0
            } else {
                gap = gap * carrying + digit - codes
            }
        }
        return result
    }
}

/// The pages a term is found in, as one compact string of the JSON shards: for each page, in page order, the gap
/// since the previous page times 16 plus a 4-bit code (field rank × 4 + a bucket of how often the term occurs),
/// written in groups of 5 bits, most significant first, with the characters of `alphabet`: the first 32 close
/// a number, the last 32 carry a group and say more follows. No character needs escaping in JSON.
enum SearchPostings {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// One page's code: field rank (0 body … 3 title) and occurrences (1, 2–3, 4–7, 8 or more).
    static func code(rank: Int, count: Int) -> UInt32 {
        let bucket = count >= 8 ? 3 : count >= 4 ? 2 : count >= 2 ? 1 : 0
        return UInt32(rank * 4 + bucket)
    }

    /// `entries` are `page << 4 | code`, in increasing page order.
    static func encode(_ entries: [UInt32], into bytes: inout [UInt8]) {
        var previous: Int64 = -1
        var groups: [UInt8] = []
        for entry in entries {
            let page = Int64(entry >> 4)
            var value = UInt64(page - previous) << 4 | UInt64(entry & 15)
            previous = page
            groups.removeAll(keepingCapacity: true)
            repeat {
                groups.append(UInt8(value & 31))
                value >>= 5
            } while value > 0
            for (index, group) in groups.enumerated().reversed() {
                bytes.append(alphabet[Int(group) + (index == 0 ? 0 : 32)])
            }
        }
    }

    /// The inverse of `encode`, for tests: `(page, code)` pairs.
    static func decode(_ text: String) -> [(page: Int, code: Int)] {
        var result: [(page: Int, code: Int)] = []
        var value = 0
        var page = -1
        for byte in text.utf8 {
            guard let index = alphabet.firstIndex(of: byte) else { return [] }
            value = value << 5 | (index & 31)
            if index < 32 {
                page += value >> 4
                result.append((page, value & 15))
                value = 0
            }
        }
        return result
    }
}

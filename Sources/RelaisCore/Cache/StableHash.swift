/// A 64-bit FNV-1a hash: the same on every machine and every run (Swift's `Hasher` is seeded per process),
/// enough to tell whether an input changed between two builds.
struct StableHash: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    mutating func combine(_ text: String) {
        // On the contiguous UTF-8: iterating `utf8` goes through its index model byte by byte.
        var text = text
        text.withUTF8 { combine($0) }
        combine(CollectionOfOne(0))
    }

    mutating func combine(_ number: Int) { combine(String(number)) }

    var hex: String { Self.hex(value) }

    /// Sixteen hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash = StableHash()
        // A contiguous buffer is hashed in place (a large cache file is several megabytes).
        if bytes.withContiguousStorageIfAvailable({ hash.combine($0) }) == nil { hash.combine(bytes) }
        return hash.hex
    }
}

// Fixed-width ASCII digit parsing and zero padding, shared by the date and time types.
// Parsing works on UTF-8 bytes so that only "0"..."9" count as digits (never Arabic-Indic or full-width ones).

public enum ASCIIDigits {
    /// The value of `bytes[range]` if every byte is an ASCII digit, else nil.
    public static func value(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        var result = 0
        for byte in bytes[range] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            result = result * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return result
    }

    /// `n` written in decimal with leading zeros up to `width` digits (n must be non-negative).
    public static func padded(_ n: Int, width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

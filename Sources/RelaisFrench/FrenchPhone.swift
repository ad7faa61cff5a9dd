/// A phone number ready for a page: the text to show and the `tel:` link.
public struct FrenchPhone: Sendable, Hashable {
    /// `01 99 00 00 00` for a French number (U+00A0 between pairs), `+44 2071234567` otherwise.
    public let display: String
    /// `tel:+33199000000`.
    public let href: String
}

extension FrenchFormatter {
    /// The display and link of an E.164 number (`+` then 7 to 15 digits, the first not 0); nil for anything else.
    /// French numbers (+33 and nine digits) show as ten digits in pairs starting with 0.
    public func phone(e164: String) -> FrenchPhone? {
        let bytes = Array(e164.utf8)
        guard (8...16).contains(bytes.count), bytes[0] == UInt8(ascii: "+"), bytes[1] != UInt8(ascii: "0"),
              bytes.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let digits = String(decoding: bytes.dropFirst(), as: UTF8.self)
        return FrenchPhone(display: Self.phoneDisplay(digits), href: "tel:+\(digits)")
    }

    // MARK: - Building blocks

    /// The two-digit country codes of ITU-T E.164; 1 and 7 are the one-digit ones, all others have three digits.
    /// Country codes are prefix-free, so this table is enough to split "+CC rest".
    static let twoDigitCountryCodes: Set<String> = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
        "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ]

    /// Display text for the digits after "+".
    static func phoneDisplay(_ digits: String) -> String {
        let national = digits.dropFirst(2)
        if digits.hasPrefix("33"), national.count == 9, national.first != "0" {
            // French national form: a leading 0, then pairs separated by no-break spaces.
            let ten = Array("0" + national)
            return stride(from: 0, to: 10, by: 2).map { String(ten[$0..<$0 + 2]) }.joined(separator: "\u{00A0}")
        }
        let codeLength: Int
        if digits.hasPrefix("1") || digits.hasPrefix("7") {
            codeLength = 1
        } else if twoDigitCountryCodes.contains(String(digits.prefix(2))) {
            codeLength = 2
        } else {
            codeLength = 3
        }
        return "+\(digits.prefix(codeLength))\u{00A0}\(digits.dropFirst(codeLength))"
    }
}

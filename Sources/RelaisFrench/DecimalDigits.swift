import Foundation

/// A finite decimal held as its sign and decimal digits, so that rounding, scaling and grouping
/// are exact digit operations that never go through `Double` or a platform formatter.
struct DecimalDigits: Sendable, Equatable {
    /// True for values below zero (never for zero itself).
    private(set) var isNegative: Bool
    /// Digits before the decimal point, most significant first, without leading zeros (`[0]` for zero).
    private(set) var integer: [UInt8]
    /// Digits after the decimal point, without trailing zeros.
    private(set) var fraction: [UInt8]

    /// The digits of `value`; nil for NaN.
    init?(_ value: Decimal) {
        guard !value.isNaN else { return nil }
        // Decimal's description is plain ASCII, "-1234.56", with no locale and no grouping.
        self.init(text: value.description)
    }

    /// Parses `-?digits(.digits)?` with an optional exponent `e±digits`; nil otherwise.
    init?(text: String) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        while let byte = bytes.first {
            if let digit = Self.digitValue(byte) {
                digits.append(digit)
            } else if byte == UInt8(ascii: "."), pointPosition == nil {
                pointPosition = digits.count
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            // Decimal's exponents stay within ±128 (plus 38 digits): a bound keeps the arithmetic safe.
            guard !bytes.isEmpty, bytes.count <= 4,
                  let magnitude = ASCIIDigits.value(Array(bytes), 0..<bytes.count) else { return nil }
            exponent = exponentNegative ? -magnitude : magnitude
            bytes = bytes[bytes.endIndex...]
        }
        guard bytes.isEmpty else { return nil }
        self.init(negative: negative, digits: digits, pointPosition: (pointPosition ?? digits.count) + exponent)
    }

    /// The number `±0.d1d2d3… × 10^pointPosition`: the point sits after `pointPosition` digits.
    private init(negative: Bool, digits: [UInt8], pointPosition: Int) {
        if pointPosition <= 0 {
            integer = [0]
            fraction = [UInt8](repeating: 0, count: -pointPosition) + digits
        } else if pointPosition >= digits.count {
            integer = digits + [UInt8](repeating: 0, count: pointPosition - digits.count)
            fraction = []
        } else {
            integer = Array(digits[..<pointPosition])
            fraction = Array(digits[pointPosition...])
        }
        isNegative = negative
        normalize()
    }

    private static func digitValue(_ byte: UInt8) -> UInt8? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : nil
    }

    private mutating func normalize() {
        while integer.count > 1, integer.first == 0 { integer.removeFirst() }
        if integer.isEmpty { integer = [0] }
        while fraction.last == 0 { fraction.removeLast() }
        // No "-0": a value that is zero (or rounds to zero) is written without a sign.
        if isZero { isNegative = false }
    }

    /// Whether the value is zero.
    var isZero: Bool { integer == [0] && fraction.isEmpty }

    /// Whether |value| ≥ 10^power (power ≥ 0).
    func magnitudeIsAtLeast(powerOfTen power: Int) -> Bool {
        integer != [0] && integer.count > power
    }

    /// Whether |value| ≥ 2, the point from which French nouns take the plural ("1,5 million", "2 millions").
    var magnitudeIsAtLeastTwo: Bool {
        integer.count > 1 || integer[0] >= 2
    }

    /// The value rounded to `places` fraction digits, half away from zero ("plain" rounding).
    func rounded(fractionDigits places: Int) -> DecimalDigits {
        let places = max(0, places)
        guard fraction.count > places else { return self }
        var kept = integer + fraction[..<places]
        if fraction[places] >= 5 {
            // Add one unit in the last kept place, carrying leftwards.
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 { kept.insert(1, at: 0) }
        }
        return DecimalDigits(negative: isNegative, digits: kept, pointPosition: kept.count - places)
    }

    /// The value divided by 10^places (exact: only the point moves).
    func dividedByPowerOfTen(_ places: Int) -> DecimalDigits {
        DecimalDigits(negative: isNegative, digits: integer + fraction, pointPosition: integer.count - places)
    }

    /// French form: sign, digits grouped by three with U+202F, comma, and the fraction
    /// padded with zeros to at least `minFractionDigits` digits.
    func french(minFractionDigits: Int = 0) -> String {
        var text = isNegative ? "-" : ""
        text += Self.grouped(integer)
        var decimals = fraction
        if decimals.count < minFractionDigits {
            decimals += [UInt8](repeating: 0, count: minFractionDigits - decimals.count)
        }
        if !decimals.isEmpty {
            text += ","
            text += String(decoding: decimals.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        }
        return text
    }

    /// Digits grouped by three from the right, U+202F between groups: "15 000", "999".
    static func grouped(_ digits: [UInt8]) -> String {
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "\u{202F}" }
            text.unicodeScalars.append(Unicode.Scalar(digit + UInt8(ascii: "0")))
        }
        return text
    }
}

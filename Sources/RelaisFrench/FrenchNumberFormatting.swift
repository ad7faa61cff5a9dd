import Foundation

// French numbers: comma for decimals, U+202F between thousands, U+00A0 before "€", U+202F before "%".
// Amounts are Decimal and are handled as digits (see DecimalDigits), never as Double.

extension FrenchFormatter {
    /// `15 000`, `1 000 000`, `-1 500`, `999`: thousands separated by U+202F.
    public func integer(_ n: Int) -> String {
        // magnitude is a UInt, so Int.min has no overflow.
        let digits = String(n.magnitude).utf8.map { $0 - UInt8(ascii: "0") }
        return (n < 0 ? "-" : "") + DecimalDigits.grouped(digits)
    }

    /// `4,5`, `15 000`, `0,25`, `1 234,56`: rounded half away from zero to `maxFractionDigits`, trailing zeros trimmed.
    /// A NaN is written `NaN` so that it shows instead of hiding.
    public func number(_ n: Decimal, maxFractionDigits: Int = 2) -> String {
        guard let digits = DecimalDigits(n) else { return "NaN" }
        return digits.rounded(fractionDigits: maxFractionDigits).french()
    }

    /// `2022`: years are never grouped.
    public func year(_ y: Int) -> String {
        String(y)
    }

    /// `15 000 €`, `12,50 €`: rounded to the cent; cents, when there are any, always take two digits.
    public func money(_ amount: Decimal) -> String {
        guard let digits = DecimalDigits(amount) else { return "NaN\u{00A0}€" }
        return Self.euros(digits.rounded(fractionDigits: 2))
    }

    /// For tables and key figures: `4,5 M€`, `32 M€`, `1,2 Md€` (up to two fraction digits) from a million on,
    /// `money(_:)` below.
    public func moneyShort(_ amount: Decimal) -> String {
        guard let digits = DecimalDigits(amount) else { return "NaN\u{00A0}€" }
        guard let (scaled, isBillions) = Self.scaledToMillions(digits) else {
            return Self.euros(digits.rounded(fractionDigits: 2))
        }
        return "\(scaled.french())\u{00A0}\(isBillions ? "Md€" : "M€")"
    }

    /// In sentences: `4,5 millions d’euros`, `1 million d’euros`, `1,2 milliard d’euros`, `2 milliards d’euros`
    /// (plural from 2 on), `money(_:)` below a million.
    public func moneyProse(_ amount: Decimal) -> String {
        guard let digits = DecimalDigits(amount) else { return "NaN\u{00A0}€" }
        guard let (scaled, isBillions) = Self.scaledToMillions(digits) else {
            return Self.euros(digits.rounded(fractionDigits: 2))
        }
        let noun = isBillions ? "milliard" : "million"
        let plural = scaled.magnitudeIsAtLeastTwo ? "s" : ""
        return "\(scaled.french()) \(noun)\(plural) d\u{2019}euros"
    }

    /// `25 %`, `4,5 %`: the value is already a percentage (25 means 25 %); U+202F before `%`.
    public func percent(_ value: Decimal) -> String {
        "\(number(value))\u{202F}%"
    }

    /// `1er`, `2e`, `20e`.
    public func ordinal(_ n: Int) -> String {
        n == 1 ? "1er" : "\(n)e"
    }

    /// `1<sup>er</sup>`, `20<sup>e</sup>`.
    public func ordinalHTML(_ n: Int) -> String {
        n == 1 ? "1<sup>er</sup>" : "\(n)<sup>e</sup>"
    }

    // MARK: - Building blocks

    /// Digits already rounded to the cent, written with `€`.
    static func euros(_ cents: DecimalDigits) -> String {
        "\(cents.french(minFractionDigits: cents.fraction.isEmpty ? 0 : 2))\u{00A0}€"
    }

    /// The amount in millions or billions, rounded to two fraction digits; nil below a million.
    /// Decided after rounding, so that 999 999 999 € reads "1 Md€", not "1 000 M€".
    static func scaledToMillions(_ amount: DecimalDigits) -> (DecimalDigits, isBillions: Bool)? {
        let cents = amount.rounded(fractionDigits: 2)
        guard cents.magnitudeIsAtLeast(powerOfTen: 6) else { return nil }
        let millions = cents.dividedByPowerOfTen(6).rounded(fractionDigits: 2)
        guard millions.magnitudeIsAtLeast(powerOfTen: 3) else { return (millions, false) }
        return (cents.dividedByPowerOfTen(9).rounded(fractionDigits: 2), true)
    }
}

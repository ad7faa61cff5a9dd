import Foundation
import Testing
@testable import RelaisFrench

@Suite struct FrenchNumberFormattingTests {
    let f = FrenchFormatter()

    @Test func integers() {
        expectExact(f.integer(15000), "15\u{202F}000")
        expectExact(f.integer(225_000), "225\u{202F}000")
        expectExact(f.integer(1_000_000), "1\u{202F}000\u{202F}000")
        expectExact(f.integer(-1500), "-1\u{202F}500")
        expectExact(f.integer(999), "999")
        expectExact(f.integer(-999), "-999")
        expectExact(f.integer(1000), "1\u{202F}000")
        expectExact(f.integer(0), "0")
        expectExact(f.integer(Int.min), "-9\u{202F}223\u{202F}372\u{202F}036\u{202F}854\u{202F}775\u{202F}808")
    }

    @Test func yearsAreNeverGrouped() {
        expectExact(f.year(2022), "2022")
        expectExact(f.year(10000), "10000")
    }

    @Test func numbers() {
        expectExact(f.number(dec("4.5")), "4,5")
        expectExact(f.number(15000), "15\u{202F}000")
        expectExact(f.number(dec("15000.00")), "15\u{202F}000")
        expectExact(f.number(dec("0.25")), "0,25")
        expectExact(f.number(dec("1234.56")), "1\u{202F}234,56")
        expectExact(f.number(dec("-1234.5")), "-1\u{202F}234,5")
        expectExact(f.number(0), "0")
        expectExact(f.number(dec("1e30")), "1" + String(repeating: "\u{202F}000", count: 10))
    }

    @Test func numbersRoundHalfAwayFromZero() {
        expectExact(f.number(dec("0.125")), "0,13")
        expectExact(f.number(dec("-0.125")), "-0,13")
        expectExact(f.number(dec("0.124999")), "0,12")
        expectExact(f.number(dec("2.5"), maxFractionDigits: 0), "3")
        expectExact(f.number(dec("-2.5"), maxFractionDigits: 0), "-3")
        expectExact(f.number(dec("999.995")), "1\u{202F}000")
        expectExact(f.number(dec("9.96"), maxFractionDigits: 1), "10")
        expectExact(f.number(dec("1.23456"), maxFractionDigits: 4), "1,2346")
        expectExact(f.number(dec("1.5"), maxFractionDigits: -1), "2")
        // Rounding to zero gives no "-0".
        expectExact(f.number(dec("-0.001")), "0")
        expectExact(f.number(dec("-0.004"), maxFractionDigits: 2), "0")
    }

    @Test func decimalsAreNotRoutedThroughDouble() {
        // In binary floating point 0.1 + 0.2 is 0.30000000000000004, and 1.005 rounds to 1 ("1,00").
        expectExact(f.number(dec("0.1") + dec("0.2")), "0,3")
        expectExact(f.number(dec("0.1") + dec("0.2"), maxFractionDigits: 20), "0,3")
        expectExact(f.number(dec("1.005")), "1,01")
        expectExact(f.money(dec("1.005")), "1,01\u{00A0}€")
        expectExact(f.number(dec("12345678901234567890.12")), "12\u{202F}345\u{202F}678\u{202F}901\u{202F}234\u{202F}567\u{202F}890,12")
    }

    @Test func nanShows() {
        expectExact(f.number(.nan), "NaN")
        expectExact(f.money(.nan), "NaN\u{00A0}€")
    }

    @Test func money() {
        expectExact(f.money(15000), "15\u{202F}000\u{00A0}€")
        expectExact(f.money(4_500_000), "4\u{202F}500\u{202F}000\u{00A0}€")
        expectExact(f.money(dec("12.5")), "12,50\u{00A0}€")
        expectExact(f.money(dec("12.50")), "12,50\u{00A0}€")
        expectExact(f.money(dec("1234.05")), "1\u{202F}234,05\u{00A0}€")
        expectExact(f.money(dec("12.00")), "12\u{00A0}€")
        expectExact(f.money(dec("12.001")), "12\u{00A0}€")
        expectExact(f.money(dec("12.999")), "13\u{00A0}€")
        expectExact(f.money(dec("-1500")), "-1\u{202F}500\u{00A0}€")
        expectExact(f.money(0), "0\u{00A0}€")
    }

    @Test func moneyShort() {
        expectExact(f.moneyShort(4_500_000), "4,5\u{00A0}M€")
        expectExact(f.moneyShort(32_000_000), "32\u{00A0}M€")
        expectExact(f.moneyShort(100_000_000), "100\u{00A0}M€")
        expectExact(f.moneyShort(1_000_000), "1\u{00A0}M€")
        expectExact(f.moneyShort(4_250_000), "4,25\u{00A0}M€")
        expectExact(f.moneyShort(4_255_000), "4,26\u{00A0}M€")
        expectExact(f.moneyShort(1_200_000_000), "1,2\u{00A0}Md€")
        expectExact(f.moneyShort(2_000_000_000), "2\u{00A0}Md€")
        expectExact(f.moneyShort(1_500_000_000_000), "1\u{202F}500\u{00A0}Md€")
        expectExact(f.moneyShort(-4_500_000), "-4,5\u{00A0}M€")
        // Below a million: the full amount.
        expectExact(f.moneyShort(999_999), "999\u{202F}999\u{00A0}€")
        expectExact(f.moneyShort(dec("12.5")), "12,50\u{00A0}€")
        // The unit is chosen after rounding: never "1 000 M€".
        expectExact(f.moneyShort(999_999_999), "1\u{00A0}Md€")
        expectExact(f.moneyShort(dec("999999.999")), "1\u{00A0}M€")
    }

    @Test func moneyProse() {
        expectExact(f.moneyProse(4_500_000), "4,5 millions d\u{2019}euros")
        expectExact(f.moneyProse(1_000_000), "1 million d\u{2019}euros")
        expectExact(f.moneyProse(1_500_000), "1,5 million d\u{2019}euros")
        expectExact(f.moneyProse(2_000_000), "2 millions d\u{2019}euros")
        expectExact(f.moneyProse(32_000_000), "32 millions d\u{2019}euros")
        expectExact(f.moneyProse(1_200_000_000), "1,2 milliard d\u{2019}euros")
        expectExact(f.moneyProse(2_000_000_000), "2 milliards d\u{2019}euros")
        expectExact(f.moneyProse(15000), "15\u{202F}000\u{00A0}€")
        expectExact(f.moneyProse(dec("12.5")), "12,50\u{00A0}€")
    }

    @Test func percent() {
        expectExact(f.percent(25), "25\u{202F}%")
        expectExact(f.percent(dec("4.5")), "4,5\u{202F}%")
        expectExact(f.percent(dec("33.333")), "33,33\u{202F}%")
        expectExact(f.percent(0), "0\u{202F}%")
    }

    @Test func ordinals() {
        expectExact(f.ordinal(1), "1er")
        expectExact(f.ordinal(2), "2e")
        expectExact(f.ordinal(20), "20e")
        expectExact(f.ordinal(21), "21e")
        expectExact(f.ordinalHTML(1), "1<sup>er</sup>")
        expectExact(f.ordinalHTML(20), "20<sup>e</sup>")
    }
}

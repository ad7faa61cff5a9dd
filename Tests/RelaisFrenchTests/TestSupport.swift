import Foundation
import Testing

/// Expects two strings to hold the same Unicode scalars (Swift's `==` would accept canonically equivalent ones).
func expectExact(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
        actual.unicodeScalars.elementsEqual(expected.unicodeScalars),
        "\(escaped(actual)) is not \(escaped(expected))",
        sourceLocation: sourceLocation)
}

/// The string with every non-ASCII scalar written as \u{XXXX}, so invisible spaces show in failures.
func escaped(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        if scalar.isASCII {
            result.unicodeScalars.append(scalar)
        } else {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return result + "\""
}

/// A Decimal from its text, never through a Double literal (NaN if the text is not a number, failing the test).
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

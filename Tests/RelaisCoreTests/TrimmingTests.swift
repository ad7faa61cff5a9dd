import Foundation
@testable import RelaisCore
import Testing

/// Values are trimmed without Foundation (a fifth of loading went through NSString), exactly as Foundation trims.
@Suite("Trimming values")
struct TrimmingTests {
    @Test(arguments: ["", " ", "prêt", "  prêt  ", "\tprêt\n", "\u{A0}prêt\u{202F}", "\u{2028}a b\u{2029}", "\u{3000}emploi\u{85}",
                      "\u{200B}zéro\u{200B}", "\u{FEFF}bom", " \u{1680}x\u{2009} ", "\r\n", "a\u{301} ", " é "])
    func trimsAsFoundationDoes(_ text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
    }

    @Test func everyScalarOfTheBasicPlanesIsClassedAsFoundationDoes() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isTrimmedSpace == CharacterSet.whitespacesAndNewlines.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// Addresses are checked for spaces on their bytes when they are ASCII: the same answer as walking Characters.
    @Test(arguments: ["", "https://example.org/a", "https://example.org/a b", "a\tb", "a\nb", "a\r\nb", "\u{0B}", "\u{0C}", "x\u{1F}y",
                      "https://exemple.fr/\u{A0}", "é\u{202F}", "\u{3000}", "\u{2028}", "a\u{301}", "mailto:équipe@example.org",
                      "tel:+33199000000", "\u{85}", "\u{200B}", "\u{FEFF}", "a\u{301} b"])
    func spacesInAddressesAreFoundAsCharactersFindThem(_ text: String) {
        #expect(text.holdsWhitespace == text.contains(where: \.isWhitespace), "\(Array(text.unicodeScalars))")
    }

    @Test func everyASCIIByteIsClassedAsCharactersClassIt() {
        for value in 0..<0x80 {
            let text = "a" + String(UnicodeScalar(UInt8(value))) + "b"
            #expect(text.holdsWhitespace == text.contains(where: \.isWhitespace), "0x\(String(value, radix: 16))")
        }
    }
}

@testable import RelaisCore
import Testing

/// The byte test that sends most runs of text back before they are made Strings must never send back one that
/// holds a slip: every run `find` reports a slip in passes it.
@Suite("Typography slips: the byte filter")
struct TypographySlipFilterTests {
    static let before = ["a", "Z", "9", "é", "É", "ß", "œ", "ø", "ﬁ", "ǅ", "İ", "π", "Ж", "中", "🙂", "e\u{301}", " ", "\u{A0}", "\u{202F}",
                         "(", "«", "'", "’", ")", ".", "-", "_", "/", "\t", ""]
    static let signs = [":", ";", "!", "?"]
    static let after = ["", " ", " suite", "a", "1", ")", ".", "\n", "\u{A0}"]

    static func passes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { TypographySlip.mayHoldSlips($0) }
    }

    @Test func everyGluedSignPasses() {
        var found = 0
        for word in ["mot", "Mot", "12", "été", "Ça"] {
            for last in Self.before {
                for sign in Self.signs {
                    for tail in Self.after {
                        let text = "Un " + word + last + sign + tail
                        if !TypographySlip.find(in: text).isEmpty {
                            found += 1
                            #expect(Self.passes(text), "\(text)")
                        }
                    }
                }
            }
        }
        #expect(found > 200)
    }

    @Test func straightQuotesPass() {
        for text in ["Le \"mot\" ici", "\"Début\" de phrase", "(\"é\")", "Un \"été\"."] {
            #expect(!TypographySlip.find(in: text).isEmpty, "\(text)")
            #expect(Self.passes(text))
        }
    }

    @Test func spacedSignsAreSentBack() {
        for text in ["Pour qui ?", "Attention : fin", "Oui ! Non ; peut-être ?", "Rien à signaler.", "", "13 : 30"] {
            #expect(!Self.passes(text), "\(text)")
            #expect(TypographySlip.find(in: text).isEmpty)
        }
    }
}

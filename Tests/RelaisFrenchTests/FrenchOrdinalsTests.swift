import Testing
@testable import RelaisFrench

/// "1er", "1re", "1ers", "1res" raised as whole words only, in HTML and in the escaped text the templates write; never
/// a word of a URL, a path or an e-mail address.
@Suite struct FrenchOrdinalsTests {
    @Test func wholeWordsOutsideAddresses() {
        #expect(FrenchOrdinals.superscriptOrdinals(inHTML: "1er salon, les 1res rencontres, 1ers pas, (1re)")
                == "1<sup>er</sup> salon, les 1<sup>res</sup> rencontres, 1<sup>ers</sup> pas, (1<sup>re</sup>)")
        #expect(FrenchOrdinals.superscriptOrdinals(inHTML: "11er 1erx 21re x1er 1er2") == "11er 1erx 21re x1er 1er2")
        // Links shown as text, paths and e-mail addresses keep what was typed.
        for text in ["https://example.org/1er-salon", "/evenements/1er/", "1er@example.org", "voir example.org/1re"] {
            #expect(FrenchOrdinals.superscriptOrdinals(inHTML: text) == text)
        }
        #expect(FrenchOrdinals.superscriptOrdinals(inHTML: "<a href=\"/x/\">1er</a> et l&#39;1re")
                == "<a href=\"/x/\">1<sup>er</sup></a> et l&#39;1<sup>re</sup>")
        // Already raised: unchanged (a second pass adds nothing).
        #expect(FrenchOrdinals.superscriptOrdinals(inHTML: "1<sup>er</sup>") == "1<sup>er</sup>")
    }

    @Test func escapedTextAppendedToAPage() {
        var bytes = Array("<h1>".utf8)
        let start = bytes.count
        bytes += Array("Le 1er salon &amp; la 1re fois, à 1 € (10 ers)".utf8)
        FrenchOrdinals.superscriptOrdinals(inEscapedText: &bytes, from: start)
        #expect(String(decoding: bytes, as: UTF8.self) == "<h1>Le 1<sup>er</sup> salon &amp; la 1<sup>re</sup> fois, à 1 € (10 ers)")
        // What was written before `start` is not looked at.
        var before = Array("1er ".utf8)
        FrenchOrdinals.superscriptOrdinals(inEscapedText: &before, from: 4)
        #expect(String(decoding: before, as: UTF8.self) == "1er ")
    }
}

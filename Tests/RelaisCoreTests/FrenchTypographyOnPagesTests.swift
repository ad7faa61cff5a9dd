import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// French typography on the text authors type, in the built pages (never in code, URLs or data files): amounts and
/// percentages, straight quotes, "1er", lists joined mid-sentence, and plurals for 0 and 1 in pages and messages.
@Suite("French typography on pages")
struct FrenchTypographyOnPagesTests {
    static let narrow = "\u{202F}", noBreak = "\u{00A0}"

    @Test func amountsPercentagesAndQuotes() {
        #expect(FrenchTypography.apply("Jusqu’à 15 000 € et 25 % du projet") == "Jusqu’à 15\(Self.narrow)000\(Self.noBreak)€ et 25\(Self.noBreak)% du projet")
        #expect(FrenchTypography.apply("1 200 000 € ; 30%") == "1\(Self.narrow)200\(Self.narrow)000\(Self.noBreak)€\(Self.narrow); 30\(Self.noBreak)%")
        // Years, phone numbers and codes keep their spaces; decimals are not thousands.
        #expect(FrenchTypography.apply("en 2022 100 entreprises, au 01 99 00 01 09, code 75342 Paris") == "en 2022 100 entreprises, au 01 99 00 01 09, code 75342 Paris")
        #expect(FrenchTypography.applyForDisplay("Il a dit \"venez nombreux\" hier.") == "Il a dit «\(Self.noBreak)venez nombreux\(Self.noBreak)» hier.")
        // An unpaired quote and URLs are left alone.
        #expect(FrenchTypography.applyForDisplay("un pouce \" et https://example.org/?a=50%25") == "un pouce \" et https://example.org/?a=50%25")
        // Data files keep straight quotes (the plain text of Markdown, the CSV): only pages pair them.
        #expect(FrenchTypography.apply("\"venez\"") == "\"venez\"")
        for text in ["15 000 €", "\"venez nombreux\" !", "25%", "1 200 000 €"] {
            #expect(FrenchTypography.isApplied(FrenchTypography.apply(text)), "idempotent: \(text)")
        }
        #expect(FrenchOrdinals.superscript(inHTML: "<p>Le 1er mars, la 1re fois, <code>1er</code> <a href=\"/1er/\">x</a> 11er 1erx</p>")
                == "<p>Le 1<sup>er</sup> mars, la 1<sup>re</sup> fois, <code>1er</code> <a href=\"/1er/\">x</a> 11er 1erx</p>")
        #expect(FrenchList.join(["Prêt", "Subvention", "PME"]) == "Prêt, subvention, PME")
        #expect(FrenchPlural.count(0, "événement") == "0 événement" && FrenchPlural.count(1, "aide") == "1 aide" && FrenchPlural.count(2, "aide") == "2 aides")
    }

    @Test func inTheBuiltPagesAndTheMessages() async throws {
        let page = """
            ---
            title: "À propos"
            dateModified: 2023-01-10
            ---

            Le fonds finance jusqu'à 15 000 € par emploi, soit 25 % du coût. Il a dit "venez nombreux" le 1er mars.

            `15 000 € "code" 1er` et [un lien](https://example.org/1er/).
            """
        let aid = TestSite.aid.replacingLine(containing: "aidTypes:", with: "aidTypes: [loan, grant]")
        let site = try TestSite(["pages/a-propos.md": page, "aides/pret.md": aid])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        let html = try site.page("a-propos/index.html")
        #expect(html.contains("15\(Self.narrow)000\(Self.noBreak)€ par emploi, soit 25\(Self.noBreak)% du coût"))
        #expect(html.contains("«\(Self.noBreak)venez nombreux\(Self.noBreak)»") && html.contains("le 1<sup>er</sup> mars"))
        #expect(html.contains("<code>15 000 € &quot;code&quot; 1er</code>") && html.contains("href=\"https://example.org/1er/\""))
        // The aid's types, joined in its summary table: the second in lower case.
        #expect(try site.page("aides/pret/index.html").contains("<th scope=\"row\">Type d’aide</th><td>Prêt, subvention</td>"))
        // 0 upcoming events: singular, on the home page and in the command's summary.
        #expect(try site.page("index.html").contains("<span class=\"figure__value\">0</span> <span class=\"figure__label\">événement à venir</span>"))
        #expect(report.timings.contains { $0.summary.contains("0 événement,") && $0.summary.contains("0 actualité,") }, "\(report.timings.map(\.summary))")
    }
}

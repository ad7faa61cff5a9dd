import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// "1er" is the same everywhere the site shows a text as HTML content (`1<sup>er</sup>`): titles, cards, breadcrumbs,
/// captions, key figures, programme items, facet links, a chart's caption; and as typed where markup cannot go (`<title>`,
/// attribute values, JSON-LD, `<option>`, SVG `<title>`) and in every file that is not a page.
@Suite("Ordinals everywhere")
struct OrdinalsEverywhereTests {
    private static let source = "source: { organisation: editeur, title: Étude, url: https://example.org/etude }"

    static let files: [String: String] = [
        "site.yaml": TestSite.minimal["site.yaml", default: ""].replacingOccurrences(of: "label: Emploi", with: "label: 1er emploi"),
        "aides/premier-pret.md": TestSite.aid
            .replacingLine(containing: "title:", with: "title: 1er prêt pour créer des emplois")
            .replacingLine(containing: "promise:", with: "promise: Un prêt pour le 1er emploi créé."),
        "evenements/salon.md": TestSite.onlineEvent(start: "2023-07-01T09:00", end: "2023-07-01T12:00", keys: """
            programme:
              - { start: "09:00", end: "10:00", format: roundTable, title: 1re table ronde }
            relatedAids: [premier-pret]
            """).replacingOccurrences(of: "title: Réunion d'essai", with: "title: 1er salon de l'emploi"),
        "bassins/essai.md": TestSite.basin("""
            keyFigures:
              - { label: Salariés du 1er employeur, value: 1200, unit: people, \(source) }
            indicators:
              - id: embauches
                label: 1res embauches
                unit: jobs
                \(source)
                chart: bar
                series:
                  - { period: 2022-S1, value: 10 }
                  - { period: 2022-S2, value: 25 }
            """),
    ]

    private static func build() async throws -> TestSite {
        let site = try TestSite(files)
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        return site
    }

    @Test func textContentIsRaisedAttributesAndHeadAreNot() async throws {
        let site = try await Self.build()
        defer { site.remove() }
        let aid = try site.page("aides/premier-pret/index.html")
        #expect(aid.contains("<h1>1<sup>er</sup> prêt pour créer des emplois</h1>"))
        #expect(aid.contains("<li><span aria-current=\"page\">1<sup>er</sup> prêt pour créer des emplois</span></li>"), "breadcrumb")
        #expect(aid.contains("<td>1<sup>er</sup> emploi</td>"), "summary table, built in Swift")
        #expect(aid.contains("<title>1er prêt pour créer des emplois"))
        #expect(aid.contains("<meta name=\"description\" content=\"Un prêt pour le 1er emploi créé.\">"))
        #expect(aid.contains("<meta property=\"og:title\" content=\"1er prêt pour créer des emplois\">"))
        let jsonLD = try #require(aid.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?.components(separatedBy: "</script>").first)
        #expect(jsonLD.contains("\"1er prêt pour créer des emplois\"") && !jsonLD.contains("sup"))

        // A card on the guide, its facet link, and the filter's <option> (plain: an option holds text only).
        let guide = try site.page("aides/index.html")
        #expect(guide.contains(">1<sup>er</sup> prêt pour créer des emplois</a>"))
        #expect(guide.contains("1<sup>er</sup> emploi</a>"))
        #expect(guide.contains(">1er emploi</option>"))

        let event = try site.page("evenements/salon/index.html")
        #expect(event.contains("<h1>1<sup>er</sup> salon de l’emploi</h1>"))
        #expect(event.contains("<strong>1<sup>re</sup> table ronde</strong>"), "programme item")
        #expect(event.contains("<caption>Programme du 1<sup>er</sup> juillet 2023</caption>"))
        #expect(event.contains("<title>1er salon de l’emploi"))
        #expect(try site.page("evenements/index.html").contains(">1<sup>er</sup> salon de l’emploi</a></h3>"), "event card")

        let basin = try site.page("bassins/essai/index.html")
        #expect(basin.contains("<span class=\"figure__label\">Salariés du 1<sup>er</sup> employeur</span>"), "key figure")
        #expect(basin.contains("<h3 id=\"indicateur-embauches-titre\">1<sup>res</sup> embauches</h3>"))
        #expect(basin.contains("<figcaption>Diagramme en barres\u{00A0}: 1<sup>res</sup> embauches"))
        #expect(basin.contains("<caption>Données\u{00A0}: 1<sup>res</sup> embauches</caption>"))
        #expect(basin.contains("aria-label=\"Données\u{00A0}: 1res embauches\""))
        // Inside the chart, SVG has no <sup>: its title, read aloud, stays plain.
        #expect(basin.contains("-titre\">1res embauches</title>"))

        // Every attribute value of every page keeps "1er" as typed, and no file other than a page holds markup for it.
        for file in FileTree.list(site.output).files.sorted() {
            let text = try String(contentsOfFile: "\(site.output)/\(file)", encoding: .utf8)
            if file.hasSuffix(".html") {
                let root = try HTMLTree.parse(text)
                for element in root.all({ _ in true }) {
                    for (name, value) in element.attributes { #expect(!value.contains("<sup"), "\(file): \(element.name) \(name)") }
                }
                #expect(!text.contains("&lt;sup"), "\(file)")
            } else {
                #expect(!text.contains("sup>") && !text.contains("sup&gt;") && !text.contains("\\u003csup"), "\(file)")
            }
        }
        #expect(try site.page("evenements/calendrier.ics").contains("SUMMARY:1er salon de l'emploi"))
        #expect(try site.page("donnees/aides.csv").contains("1er prêt pour créer des emplois"))
    }

    /// HTML written in Swift (summary tables, sources, the accessibility statement) raises ordinals of its text only.
    @Test func htmlWordsRaiseTextOnly() {
        #expect(HTML.words("1re tranche <versée> & 1er") == "1<sup>re</sup> tranche &lt;versée&gt; &amp; 1<sup>er</sup>")
        #expect(HTML.link("/1er/", text: "1er salon") == "<a href=\"/1er/\">1<sup>er</sup> salon</a>")
        #expect(HTML.text("1er") == "1er")
    }

    /// The new markup is valid HTML (W3C Nu HTML Checker), SVG `<tspan>` included.
    @Test func pagesStayValid() async throws {
        let site = try await Self.build()
        defer { site.remove() }
        let validation = try PythonReader.read(SiteValidityTests.Validation.self, script: "validate_html.py", [site.output])
        #expect(validation.files > 5)
        #expect(validation.errors.isEmpty, "\(validation.errors.prefix(10).map { "\($0.file):\($0.line ?? 0): \($0.message)" })")
    }
}

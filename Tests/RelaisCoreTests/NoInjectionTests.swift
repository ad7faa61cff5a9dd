import Foundation
import Testing

/// A site full of hostile strings that Relais accepts (texts with tags, quotes, `</script>`, CRLF, `;`, formulas,
/// script URLs in Markdown, raw HTML), built, then every output file parsed back by independent readers
/// (`Tests/Python/audit_injection.py`: lxml, icalendar, csv, json): no script, event handler, unsafe URL or
/// broken record comes out. Hostile strings Relais refuses (script URLs in URL fields, a quote merged with an
/// accent, bidi overrides) are the corpus's and the load tests' to prove.
@Suite("No injection in any output")
struct NoInjectionTests {
    struct Audit: Decodable {
        let files: [String: Int]
        let violations: [String]
        let events: Int
        let csvRows: Int
        let jsonld: Int
        let texts: [String]
    }

    static let tag = #"\"><img src=x onerror=alert(1)>"#
    static let body = """
        <script>alert(1)</script>

        Texte [lien](javascript:alert(1)) ![image](data:text/html,<script>alert(2)</script>) [autre](JaVaScRiPt:alert(3))
        <a href="jav&#x09;ascript:alert(4)" onclick="alert(5)">a</a> <img src=x onerror=alert(6)> <iframe src="https://evil.example"></iframe>

        <div style="position:fixed" onmouseover="alert(7)"><svg onload="alert(8)"><script>alert(9)</script></svg></div>

        {{title}} {{{title}}} <!-- <script>alert(10)</script> -->
        """

    static func files(rawHtml: Bool) -> [String: String] {
        var files = CalendarTests.files
        let siteYAML = (files["site.yaml"] ?? TestSite.minimal["site.yaml"] ?? "") + (rawHtml ? "\nallowRawHtml: true\n" : "\n")
        files["site.yaml"] = siteYAML
        files["aides/piege-formule.md"] = TestSite.aid
            .replacingLine(containing: "title:", with: "title: \"=HYPERLINK(\\\"https://evil.example\\\",\\\"x\\\") \(tag)\"")
            .replacingLine(containing: "promise:", with: "promise: \"+cmd|' /C calc'!A0 </script><script>alert(1)</script>\"")
            .replacingLine(containing: "eligibility:", with: "eligibility: \"@SUM(1+1) \(tag) [x](javascript:alert(1))\"")
            + "\n\n" + body
        files["pages/piege.md"] = "---\ntitle: \"-2+3 \(tag)\"\ndateModified: 2022-12-05\n---\n" + body
        return files
    }

    @Test(arguments: [false, true])
    func everyOutputParsesBackWithoutActiveContent(rawHtml: Bool) async throws {
        let site = try TestSite(Self.files(rawHtml: rawHtml))
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        let audit = try PythonReader.read(Audit.self, script: "audit_injection.py", [site.output])
        #expect(audit.violations == [])
        // Every family was there to be read.
        for family in [".html", ".xml", ".ics", ".csv", ".json"] { #expect((audit.files[family] ?? 0) > 0, "\(family)") }
        #expect(audit.events >= 3 && audit.csvRows >= 2 && audit.jsonld >= 3)
        // The hostile texts are shown as text, whole: escaped, not dropped.
        #expect(audit.texts.contains { $0.contains("onerror=alert(1)>") })
    }
}

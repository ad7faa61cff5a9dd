import Foundation
import RelaisCore
import RelaisFrench
import Testing

@Suite("Markdown in pages")
struct MarkdownInPagesTests {
    private let body = """
        Paragraphe : avec <script>alert(1)</script> du HTML et `a : b` en code.

        # Titre de section

        [Lien piégé](javascript:alert(1))
        """

    @Test func rawHtmlIsDroppedAndTypographySparesCode() async throws {
        let site = try TestSite(["pages/a-propos.md": "---\ntitle: À propos\ndateModified: 2022-12-05\n---\n" + body])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded)
        // Found by hostile testing: the emptied link was published without a word; the author is now told where.
        #expect(site.lines(report).contains { $0.hasPrefix("pages/a-propos.md:9:") && $0.contains("« javascript: » n'est pas permise") }, "\(site.lines(report))")
        let html = try site.page("a-propos/index.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("Paragraphe\u{00A0}: avec"))
        #expect(html.contains("<code>a : b</code>"))
        #expect(html.contains("<h2 id=\"titre-de-section\">Titre de section</h2>"))
        #expect(html.contains("<a href=\"\">Lien piégé</a>"))
    }

    @Test func rawHtmlIsKeptWhenTheSiteAllowsIt() async throws {
        let config = TestSite.minimal["site.yaml"]! + "\nallowRawHtml: true\n"
        let site = try TestSite(["site.yaml": config, "pages/a-propos.md": "---\ntitle: À propos\ndateModified: 2022-12-05\n---\n<mark>important</mark>\n"])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(try site.page("a-propos/index.html").contains("<mark>important</mark>"))
    }
}

import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The site's public address: one rule for `site.yaml`, `--base-url` and `BuildOptions.baseURL`, and a path
/// prefix (`https://example.org/guide/`) honoured by every absolute URL and every link.
@Suite("Base URL")
struct BaseURLTests {
    @Test(arguments: ["https://guide.example.org/", "https://example.org/guide/", "https://example.org/guide", "http://localhost:8080/",
                      "https://guide.example.org/asso/sous-dossier/", "https://example.org/%C3%A9t%C3%A9/",
                      "https://example.org:8443/a-b_c~d/"])
    func plainWebAddressesAreAccepted(_ address: String) {
        #expect(BaseURL.problem(address) == nil)
    }

    @Test(arguments: [
        ("https://example.org/a\"onmouseover=\"alert(1)", "guillemet"), ("https://example.org/l'aide/", "apostrophe"),
        ("https://example.org/<script>/", "chevron"), ("https://example.org/a>b/", "chevron"), ("https://example.org\\guide/", "barre oblique inverse"),
        ("https://example.org/a b/", "espace"), ("https://example.org/a\u{00A0}b/", "espace"), ("https://example.org/\u{7}/", "U+0007"),
        ("https://example.org/\n", "U+000A"), ("https://example.org/\u{85}", "U+0085"), ("https://example.org/?page=1", "« ? »"),
        ("https://example.org/#haut", "« # »"), ("ftp://example.org/", "https://"), ("javascript:alert(1)//", "https://"),
        ("guide.example.org", "https://"), ("HTTPS://example.org/", "https://"), ("https://", "aucun hôte"), ("https:///guide/", "aucun hôte"),
        ("https://:8080/", "aucun hôte"), ("https://user:secret@example.org/", "identifiant"), ("https://exa_mple.org/", "nom de domaine"),
        ("https://guide.économie.fr/", "nom de domaine"), ("https://example.org:80a/", "port"),
        // Found by hostile testing: addresses that are not URLs, or not the form they would be published in.
        ("https://x.org:99999/", "port"), ("https://x.org:0/", "port"), ("https://x..org/", "deux points"),
        ("https://x.org/%", "hexadécimaux"), ("https://x.org/%zz/", "hexadécimaux"), ("https://x.org/a{b}/", "« { »"),
        ("https://x.org/a|b/", "« | »"), ("https://x.org/a^b/", "« ^ »"), ("https://x.org/a`b/", "« ` »"),
        ("https://x.org/../../", "« .. »"), ("https://x.org/a//b/", "« // »"), ("https://x.org/a\u{200B}b/", "U+200B"),
        ("https://x.org/a\u{202E}b/", "U+202E"), ("https://x.org/été/", "non ASCII"), ("http://[::1]:8080/", "IPv6"),
        ("HTTPS://X.ORG/", "minuscules"), ("https://Guide.Example.org/asso/", "minuscules"),
    ])
    func badAddressesAreRefusedWithTheirReason(_ address: String, reason: String) {
        let problem = BaseURL.problem(address)
        #expect(problem?.contains(reason) == true, "\(address): \(problem ?? "accepted")")
    }

    @Test func hostIsLowerCasedWithoutItsPort() {
        #expect(BaseURL.host(of: "https://Guide.Example.org:8443/asso/") == "guide.example.org")
        #expect(BaseURL.host(of: "https://example.org") == "example.org")
    }

    /// The stored XSS found by hostile testing: a quote in the base URL ended an `href` built in Swift.
    @Test func quoteInSiteYamlBaseURLIsRefusedAtItsPosition() async throws {
        let yaml = try #require(TestSite.minimal["site.yaml"]).replacingLine(
            containing: "baseUrl:", with: "baseUrl: https://example.org/a\"onmouseover=\"alert(1)")
        let site = try TestSite(["site.yaml": yaml])
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.published)
        #expect(site.lines(report) == [
            "site.yaml:2:10: L'adresse du site contient un guillemet (\"), qui ne peut pas figurer dans une adresse publiée.",
        ])
        #expect(report.diagnostics.first?.hint == BaseURL.hint)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test(arguments: [
        ("\"https://example.org/l'aide/\"", "apostrophe"), ("https://example.org/<b>/", "chevron"), ("'https://example.org\\guide/'", "barre oblique"),
        ("\"https://example.org/\\a\"", "U+0007"), ("ftp://example.org/", "https://"), ("https:///guide/", "aucun hôte"), ("\"https://example.org/a b/\"", "espace"),
    ])
    func badSiteYamlBaseURLIsReportedAtItsValue(_ value: String, reason: String) async throws {
        let yaml = try #require(TestSite.minimal["site.yaml"]).replacingLine(containing: "baseUrl:", with: "baseUrl: \(value)")
        let site = try TestSite(["site.yaml": yaml])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(!report.succeeded)
        let lines = site.lines(report)
        #expect(lines.count == 1 && lines.first?.hasPrefix("site.yaml:2:10: ") == true && lines.first?.contains(reason) == true, "\(lines)")
    }

    @Test func plainHTTPIsAWarning() async throws {
        let yaml = try #require(TestSite.minimal["site.yaml"]).replacingLine(containing: "baseUrl:", with: "baseUrl: http://guide.example.org/")
        let site = try TestSite(["site.yaml": yaml])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(report.succeeded)
        #expect(site.lines(report) == ["site.yaml:2:10: L'adresse du site « http://guide.example.org/ » n'est pas sécurisée (http)."])
        #expect(report.diagnostics.first?.severity == .warning)
    }

    /// A program that sets `BuildOptions.baseURL` meets the same rule as `--base-url`.
    @Test func badBaseURLOptionSetByAProgramIsADiagnostic() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = await site.build(baseURL: "https://example.org/a\"onmouseover=\"alert(1)")
        #expect(!report.published)
        #expect(site.lines(report) == ["--base-url:1:1: L'adresse du site contient un guillemet (\"), qui ne peut pas figurer dans une adresse publiée."])
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    /// Were a bad address ever to get through, Swift-built HTML would still escape it.
    @Test func htmlBuiltInSwiftEscapesAttributes() {
        #expect(HTML.link("https://example.org/a\"onmouseover=\"alert(1)/contacts/", text: "<Contacts>")
                == "<a href=\"https://example.org/a&quot;onmouseover=&quot;alert(1)/contacts/\">&lt;Contacts&gt;</a>")
    }

    /// `--base-url https://example.org/guide/`: feed, sitemap, robots.txt, canonical and Open Graph URLs start with
    /// it; every link of every page starts with `/guide/`.
    @Test func pathPrefixIsHonouredEverywhere() async throws {
        let base = "https://example.org/guide/"
        // A publisher without an e-mail address: the accessibility statement links the contacts page.
        let organisations = try #require(TestSite.minimal["organisations.yaml"]).removingLine(containing: "email:")
        let site = try TestSite([
            "organisations.yaml": organisations,
            "actualites/2023-01-20-ouverture.md": "---\ntitle: Le guide ouvre\nsummary: Toutes les aides.\ndateModified: 2023-01-20\n---\nVoir [les aides](/aides/).\n",
            "evenements/reunion.md": TestSite.onlineEvent(start: "2023-09-01T10:00", end: "2023-09-01T11:00"),
        ])
        defer { site.remove() }
        let report = await site.build(baseURL: base)
        #expect(report.published, "\(report.diagnostics.map(\.formatted))")

        let feed = try AtomReading.read(site.output + "/atom.xml")
        #expect(!feed.bozo, "\(feed.bozoException)")
        #expect(feed.id == "tag:example.org,2023:/guide/")
        #expect(feed.link("self") == base + "atom.xml")
        #expect(feed.link("alternate") == base)
        #expect(feed.entries.count == 3)
        for entry in feed.entries {
            #expect(entry.alternate?.hasPrefix(base) == true, "\(entry.alternate ?? "")")
            #expect(entry.id?.hasPrefix("tag:example.org,") == true && entry.id?.contains(":/guide/") == true, "\(entry.id ?? "")")
        }

        let sitemap = try SitemapReading.read(site.output + "/sitemap.xml")
        let pages = BuiltPages.list(in: site.output)
        #expect(Set(sitemap.entries.compactMap(\.loc)) == Set(pages.filter { $0.path != "/404.html" }.map { base + $0.path.dropFirst() }))
        let robots = try RobotsReading.read(site.output + "/robots.txt", urls: [base])
        #expect(robots.sitemaps == [base + "sitemap.xml"])

        for (file, path) in pages {
            let page = try HTMLTree.parse(try site.page(file))
            let head = try #require(page.first("head"))
            if path != "/404.html" {
                #expect(head.all { $0.name == "link" && $0["rel"] == "canonical" }.compactMap { $0["href"] } == [base + path.dropFirst()], "\(file)")
                #expect(head.all { $0.name == "meta" && $0["property"] == "og:url" }.compactMap { $0["content"] } == [base + path.dropFirst()], "\(file)")
            }
            // Site-relative links and sources all sit under the prefix.
            let references = page.all { _ in true }.flatMap { [$0["href"], $0["src"]].compactMap { $0 } }
            for reference in references where reference.hasPrefix("/") {
                #expect(reference.hasPrefix("/guide/"), "\(file): \(reference)")
            }
            #expect(head.all { $0["type"] == "application/atom+xml" }.first?["href"] == "/guide/atom.xml", "\(file)")
        }
        let statement = try HTMLTree.parse(try site.page("accessibilite/index.html"))
        #expect(statement.all("a").contains { $0["href"] == "/guide/contacts/" && $0.text == "Page Contacts" })
        let news = try HTMLTree.parse(try site.page("actualites/ouverture/index.html"))
        #expect(news.first("main")?.all("a").contains { $0["href"] == "/guide/aides/" } == true, "a site path written in Markdown")
    }
}

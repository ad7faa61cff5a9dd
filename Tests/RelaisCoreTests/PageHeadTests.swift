import Foundation
import RelaisCore
import Testing

/// What every page's head tells browsers, feed readers, search engines and link previews.
@Suite("Page head: canonical URL, Open Graph, feed link")
struct PageHeadTests {
    static let base = "https://guide-aides.example.org/"

    func property(_ head: HTMLElement, _ name: String) -> [String] {
        head.all { $0.name == "meta" && $0["property"] == name }.compactMap { $0["content"] }
    }

    @Test(arguments: [
        ("/", "website"), ("/aides/", "website"), ("/aides/alixio-emplois-cdi/", "article"),
        ("/evenements/20-ans-revitalisation/", "article"), ("/actualites/20-ans-revitalisation-bilan/", "article"),
        ("/bassins/grand-orly-seine-bievre/", "website"), ("/mentions-legales/", "website"), ("/contacts/", "website"),
    ])
    func canonicalURLAndOpenGraph(path: String, type: String) async throws {
        let page = try await ExampleSite.shared.page(path)
        let head = try #require(page.first("head"))
        let url = Self.base + path.dropFirst()
        let canonical = head.all { $0.name == "link" && $0["rel"] == "canonical" }
        #expect(canonical.count == 1)
        #expect(canonical.first?["href"] == url)
        #expect(property(head, "og:url") == [url])
        #expect(property(head, "og:type") == [type])
        #expect(property(head, "og:locale") == ["fr_FR"])
        #expect(property(head, "og:title") == [try #require(page.first("h1")).text])
        let description = head.all { $0.name == "meta" && $0["name"] == "description" }.compactMap { $0["content"] }
        #expect(description.count == 1 && !(description.first ?? "").isEmpty)
        #expect(property(head, "og:description") == description)
        #expect(property(head, "og:site_name") == [try #require(page.withClass("site-title").first).text])
    }

    @Test(arguments: ["/", "/aides/alixio-emplois-cdi/", "/404.html", "/accessibilite/"])
    func everyPageLinksTheFeed(path: String) async throws {
        let page = try await ExampleSite.shared.page(path)
        let feeds = try #require(page.first("head")).all { $0.name == "link" && $0["rel"] == "alternate" }
        #expect(feeds.count == 1)
        #expect(feeds.first?["type"] == "application/atom+xml")
        #expect(feeds.first?["href"] == "/atom.xml")
        #expect(feeds.first?["title"]?.isEmpty == false)
    }

    /// The 404 page is served at any missing address: it names no canonical URL and asks not to be indexed.
    @Test func notFoundPageIsNoindexWithoutCanonicalURL() async throws {
        let head = try #require(try await ExampleSite.shared.page("/404.html").first("head"))
        #expect(head.all { $0.name == "link" && $0["rel"] == "canonical" }.isEmpty)
        // Nor an Open Graph address: /404.html is not where a shared link should lead.
        #expect(head.all { $0.name == "meta" && $0["property"] == "og:url" }.isEmpty)
        #expect(head.all { $0.name == "meta" && $0["name"] == "robots" }.compactMap { $0["content"] } == ["noindex"])
    }
}

import Foundation
@testable import RelaisCore
import Testing

/// The printed guide: a cover, a table of contents, every current aid on its own sheet with its texts' headings
/// under its own and ids of its own, links printable, contacts kept with their aid.
@Suite("Printed guide")
struct BookletTests {
    @Test func everyCurrentAidOnceWithUniqueIdsAndHeadingsInOrder() async throws {
        let record = try await Repository.exampleRecord()
        let page = try await ExampleSite.shared.page("/aides/guide-complet/")
        #expect(page.first("h1")?.text == "Guide des aides")
        let current = record.aids.filter { !$0.status.isClosed }
        let contents = try #require(page.section(headedBy: "sommaire") ?? page.all { $0.name == "nav" && $0["aria-labelledby"] == "sommaire" }.first)
        #expect(contents.all("a").map { $0["href"] ?? "" } == AidGuidePlanner.ordered(current).map { "#aide-\($0.id)" })
        let articles = page.withClass("booklet__aid")
        #expect(articles.count == current.count)

        let ids = page.all { $0["id"] != nil }.compactMap { $0["id"] }
        #expect(ids.count == Set(ids).count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        // Headings never skip a level: h1, then h2 per aid, h3 per part of it, h4 inside its texts.
        var previous = 1
        for heading in page.all({ ["h1", "h2", "h3", "h4", "h5", "h6"].contains($0.name) }).dropFirst() {
            let level = Int(heading.name.dropFirst()) ?? 0
            #expect(level <= previous + 1, "\(heading.name) \(heading.text) after h\(previous)")
            previous = level
        }
        // Links of the texts to the site's own pages are absolute, so that paper can print them.
        let prose = articles.flatMap { $0.withClass("prose") }.flatMap { $0.all("a") }.compactMap { $0["href"] }
        #expect(!prose.isEmpty && prose.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("mailto:") || $0.hasPrefix("tel:") || $0.hasPrefix("#aide-") })
        #expect(try await ExampleSite.shared.page("/aides/").all("a").contains { $0["href"] == "/aides/guide-complet/" })
    }

    @Test func textsAreMovedUnderTheAidsHeadings() {
        let html = ##"<h2 id="a">A</h2><p><a href="#a">ici</a> <a href="/aides/x/">x</a> <a href="https://e.org/">e</a></p><h5 id="b">B</h5><h6>C</h6>"##
        let placed = BookletHTML.placed(html, by: 2, idPrefix: "aide-y-", absolute: { "https://guide.example.org" + $0 })
        #expect(placed == ##"<h4 id="aide-y-a">A</h4><p><a href="#aide-y-a">ici</a> <a href="https://guide.example.org/aides/x/">x</a> <a href="https://e.org/">e</a></p><h6 id="aide-y-b">B</h6><h6>C</h6>"##)
    }

    @Test func largeGuidesArePrintedInParts() {
        let parts = AidGuidePlanner.paginate((0..<450).map(String.init), scope: .current, basePath: AidGuidePlanner.bookletPath,
                                             size: AidGuidePlanner.bookletPartSize)
        #expect(parts.map(\.path) == ["/aides/guide-complet/", "/aides/guide-complet/page/2/", "/aides/guide-complet/page/3/"])
        #expect(parts.map(\.aidIds.count) == [200, 200, 50])
    }
}

import Foundation
@testable import RelaisCore
import Testing

/// The aid guide built from 130 aids around a build date: current aids in order and 50 a page, closed aids
/// apart, one page per facet value that current aids have, each with its count, pages, `rel` links and way back.
@Suite("Aid guide")
struct AidGuideTests {
    /// Aid `n` (from 1): every 10th closed, every 10th (+1) closing soon, every 10th (+2) upcoming, every 10th (+3)
    /// ongoing, the others open with a deadline that grows with `n`; every 3rd is also a training.
    static func aid(_ n: Int) -> String {
        let number = String(format: "%03d", n)
        var text = TestSite.aid.replacingLine(containing: "title:", with: "title: Aide \(number)")
        if n % 3 == 0 { text = text.replacingLine(containing: "aidTypes:", with: "aidTypes: [loan, training]") }
        switch n % 10 {
        case 0: text = text.replacingLine(containing: "closingDate:", with: "closingDate: 2023-0\(1 + n % 5)-10")
        case 1: text = text.replacingLine(containing: "closingDate:", with: "closingDate: 2023-06-2\(n % 7)")
        case 2: text = text.replacingLine(containing: "closingDate:", with: "openingDate: 2023-09-01\nclosingDate: 2023-12-31")
        case 3: text = text.replacingLine(containing: "recurrence:", with: "recurrence: ongoing").removingLine(containing: "closingDate:")
        default: text = text.replacingLine(containing: "closingDate:", with: "closingDate: 2024-\(String(format: "%02d", 1 + (n / 10) % 12))-\(String(format: "%02d", 1 + n % 28))")
        }
        return text
    }

    static let site: [String: String] = {
        var files: [String: String] = [:]
        for n in 1...130 { files["aides/aide-\(String(format: "%03d", n)).md"] = aid(n) }
        return files
    }()

    func built() async throws -> TestSite {
        let site = try TestSite(Self.site)
        let report = await site.build(date: "2023-06-15")
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return site
    }

    func page(_ site: TestSite, _ path: String) throws -> HTMLElement {
        try HTMLTree.parse(try site.page(SiteURLs.outputFile(for: path)))
    }

    func cardTitles(_ page: HTMLElement) -> [String] {
        page.withClass("card__title").map(\.text)
    }

    @Test func theGuideListsCurrentAidsInOrderFiftyAPage() async throws {
        let site = try await built()
        defer { site.remove() }
        let first = try page(site, "/aides/")
        // 130 aids and the test site's own, 13 closed: 118 current aids on 3 pages.
        #expect(first.byID("resultats")?.text == "118 aides · Page 1 sur 3")
        #expect(first.withClass("card--aid").count == 50)
        let statuses = first.withClass("status").map { $0.first("strong")?.text ?? "" }
        // Closing soon first, then open by deadline.
        #expect(statuses.prefix(13).allSatisfy { $0 == "Clôture proche" })
        #expect(statuses.dropFirst(13).allSatisfy { $0 == "Ouverte" })
        let third = try page(site, "/aides/page/3/")
        #expect(third.withClass("card--aid").count == 18)
        #expect(third.withClass("status").suffix(13).allSatisfy { $0.first("strong")?.text == "À venir" })
        #expect(!FileManager.default.fileExists(atPath: "\(site.output)/aides/page/4/index.html"))
        #expect(!FileManager.default.fileExists(atPath: "\(site.output)/aides/page/1/index.html"))

        let all = try (1...3).flatMap { try cardTitles(page(site, $0 == 1 ? "/aides/" : "/aides/page/\($0)/")) }
        #expect(all.count == 118 && Set(all).count == 118)
        #expect(!all.contains("Aide 010"), "closed aids are not in the guide")
        // Ongoing aids come after the open ones and before the upcoming ones, sorted by title.
        let ongoing = (1...130).filter { $0 % 10 == 3 }.map { "Aide \(String(format: "%03d", $0))" }
        let firstOngoing = try #require(all.firstIndex(of: ongoing[0]))
        #expect(Array(all[firstOngoing..<(firstOngoing + ongoing.count)]) == ongoing)
    }

    @Test func pagesLinkEachOtherWithRelAndAriaCurrent() async throws {
        let site = try await built()
        defer { site.remove() }
        let second = try page(site, "/aides/page/2/")
        let links = second.all("link")
        #expect(links.contains { $0["rel"] == "prev" && $0["href"] == "/aides/" })
        #expect(links.contains { $0["rel"] == "next" && $0["href"] == "/aides/page/3/" })
        let navigation = try #require(second.all { $0.name == "nav" && $0["aria-label"] == "Pages de la liste" }.first)
        #expect(navigation.all("a").first { $0["aria-current"] == "page" }?["href"] == "/aides/page/2/")
        #expect(navigation.all("a").contains { $0["rel"] == "prev" } && navigation.all("a").contains { $0["rel"] == "next" })
        #expect(second.first("title")?.text.hasPrefix("Les aides – page 2 sur 3") == true)
        #expect(second.all("link").first { $0["rel"] == "canonical" }?["href"] == "https://guide.example.org/aides/page/2/")
        #expect(try page(site, "/aides/").all("link").contains { $0["rel"] == "prev" } == false)
    }

    @Test func closedAidsAreListedApart() async throws {
        let site = try await built()
        defer { site.remove() }
        let closed = try page(site, "/aides/cloturees/")
        #expect(closed.byID("resultats")?.text == "13 aides clôturées")
        #expect(closed.withClass("status").allSatisfy { $0.first("strong")?.text == "Clôturée" })
        #expect(try page(site, "/aides/").all("a").contains { $0["href"] == "/aides/cloturees/" && $0.text == "Aides clôturées (13)" })
        #expect(closed.all("a").contains { $0["href"] == "/aides/" && $0.text == "Toutes les aides" })
    }

    @Test func eachFacetValueOfCurrentAidsHasItsPages() async throws {
        let site = try await built()
        defer { site.remove() }
        let training = try page(site, "/aides/type/formation/")
        // Every 3rd aid is a training; 4 of the 43 are closed (30, 60, 90, 120).
        #expect(training.byID("resultats")?.text == "39 aides")
        #expect(training.first("h1")?.text == "Type d’aide\u{00A0}: Formation")
        #expect(training.withClass("breadcrumb").first?.all("a").map(\.text) == ["Accueil", "Les aides"])
        #expect(training.all("a").contains { $0["href"] == "/aides/" && $0.text == "Toutes les aides" })
        #expect(training.withClass("facet").first { $0["open"] != nil }?.all("a").first { $0["aria-current"] == "page" }?.text == "Formation")
        let loans = try page(site, "/aides/type/pret/")
        #expect(loans.byID("resultats")?.text == "118 aides · Page 1 sur 3")
        #expect(try page(site, "/aides/type/pret/page/3/").withClass("card--aid").count == 18)
        #expect(try page(site, "/aides/statut/cloture-proche/").byID("resultats")?.text == "13 aides")
        #expect(try page(site, "/aides/statut/a-venir/").byID("resultats")?.text == "13 aides")
        #expect(try page(site, "/aides/territoire/val-de-marne-94/").byID("resultats")?.text == "118 aides · Page 1 sur 3")
        #expect(try page(site, "/aides/theme/emploi/").withClass("card--aid").count == 50)
        // No page for a value no current aid has: no closed status, no grant.
        #expect(!FileManager.default.fileExists(atPath: "\(site.output)/aides/statut/cloturee/index.html"))
        #expect(!FileManager.default.fileExists(atPath: "\(site.output)/aides/type/subvention/index.html"))
        let facets = try page(site, "/aides/").withClass("facet").map { $0.first("summary")?.text ?? "" }
        #expect(facets == ["Type d’aide", "Public", "Thème", "Territoire", "Statut"])
    }

    /// Related aids: current aids sharing the theme, in title order, four at most, never the aid itself or a closed one.
    @Test func relatedAidsShareTheThemeAndAreCurrent() async throws {
        let site = try await built()
        defer { site.remove() }
        func related(_ id: String) throws -> [String] {
            try page(site, "/aides/\(id)/").section(headedBy: "aides-proches")?.withClass("card__title").map(\.text) ?? []
        }
        #expect(try related("aide-001") == ["Aide 002", "Aide 003", "Aide 004", "Aide 005"])
        #expect(try related("aide-011") == ["Aide 001", "Aide 002", "Aide 003", "Aide 004"])
        #expect(try related("aide-009") == ["Aide 001", "Aide 002", "Aide 003", "Aide 004"])
    }

    @Test func countsTakeFrenchPlurals() {
        #expect(Presentation.aidCount(0) == "0 aide")
        #expect(Presentation.aidCount(1) == "1 aide")
        #expect(Presentation.aidCount(2) == "2 aides")
        #expect(Presentation.aidCount(1, "clôturée") == "1 aide clôturée")
        #expect(Presentation.aidCount(3, "clôturée") == "3 aides clôturées")
        #expect(Presentation.shownPageNumbers(5, of: 9) == [1, nil, 3, 4, 5, 6, 7, nil, 9])
        #expect(Presentation.shownPageNumbers(1, of: 3) == [1, 2, 3])
    }
}

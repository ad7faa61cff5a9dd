import Foundation
@testable import RelaisCore
import Testing

/// What the authors say about an aid wins over its dates: suspended, funds exhausted or closed by hand, from the
/// day it takes effect; the application button shows only while applications are taken.
@Suite("Aid availability")
struct AidAvailabilityTests {
    static func aid(_ keys: String) -> String {
        TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil]\napplicationUrl: https://example.org/demande\n\(keys)")
    }

    func status(_ page: HTMLElement) -> String? { page.withClass("status").first?.text }

    @Test func suspendedAndExhaustedAidsSayItAndAreListedApart() async throws {
        let site = try TestSite([
            "aides/pret-emploi.md": Self.aid("availability: { state: suspended, since: 2023-03-03, note: Les crédits de 2023 sont en cours de vote. }"),
            "aides/epuisee.md": Self.aid("availability: { state: fundsExhausted }"),
            "aides/annoncee.md": Self.aid("availability: { state: closed, since: 2023-09-01 }"),
        ])
        defer { site.remove() }
        let report = await site.build(date: "2023-06-15")
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let suspended = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(status(suspended) == "Suspendue · depuis le 3 mars 2023\u{00A0}: Les crédits de 2023 sont en cours de vote.")
        #expect(!suspended.text.contains("Déposer une demande"))
        let exhausted = try HTMLTree.parse(try site.page("aides/epuisee/index.html"))
        #expect(status(exhausted) == "Enveloppe épuisée")
        #expect(exhausted.withClass("status--fundsExhausted").count == 1)
        // Closed from 1 September: open until then, with its button.
        let announced = try HTMLTree.parse(try site.page("aides/annoncee/index.html"))
        #expect(status(announced)?.hasPrefix("Ouverte") == true)
        #expect(announced.all("a").contains { $0.text.hasPrefix("Déposer une demande") && $0["href"] == "https://example.org/demande" })

        let guide = try HTMLTree.parse(try site.page("aides/index.html"))
        #expect(guide.withClass("card__title").map(\.text) == ["Prêt pour créer des emplois"])
        let apart = try HTMLTree.parse(try site.page("aides/cloturees/index.html"))
        #expect(apart.withClass("card--aid").count == 2)

        let json = try JSONSerialization.jsonObject(with: Data(try site.page("donnees/aides.json").utf8)) as? [String: Any]
        let codes = (json?["aids"] as? [[String: Any]])?.compactMap { ($0["status"] as? [String: Any])?["code"] as? String }
        #expect(Set(codes ?? []) == ["suspended", "fundsExhausted", "open"])
    }

    @Test func theButtonShowsOnlyWhileApplicationsAreTaken() async throws {
        let site = try TestSite([
            "aides/pret-emploi.md": Self.aid(""),
            "aides/a-venir.md": Self.aid("openingDate: 2023-09-01"),
            "aides/passee.md": Self.aid("").replacingLine(containing: "closingDate:", with: "closingDate: 2023-01-31"),
        ])
        defer { site.remove() }
        #expect(await site.build(date: "2023-06-15").succeeded)
        func hasButton(_ id: String) throws -> Bool {
            try HTMLTree.parse(try site.page("aides/\(id)/index.html")).all("a").contains { $0.text.hasPrefix("Déposer une demande") }
        }
        #expect(try hasButton("pret-emploi"))
        #expect(try !hasButton("a-venir"))
        #expect(try !hasButton("passee"))
    }

    @Test func anUnknownStateIsReportedWhereItIsWritten() async throws {
        let site = try TestSite(["aides/pret-emploi.md": Self.aid("availability: { state: suspendu }")])
        defer { site.remove() }
        let report = await site.build(date: "2023-06-15")
        #expect(!report.succeeded)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.location.file.hasSuffix("aides/pret-emploi.md") && diagnostic.location.line == 16)
        #expect(diagnostic.message.contains("suspendu"))
        #expect(diagnostic.hint?.contains("suspended") == true)
    }
}

import Foundation
@testable import RelaisCore
import Testing

/// Aids for all of France (`FR`) or the European Union (`UE`): on every basin's page in their own group, in a
/// "France entière" facet, and in `aides.csv` as the national schema writes France. A basin's page groups its other
/// aids by type, the aids that name the basin first.
@Suite("National aids and basin fund guides")
struct NationalAidTests {
    static let basin = TestSite.basin("""
        subTerritories:
          - { name: Ivry-sur-Seine, code: COM-94041 }
        """)

    static func aid(_ title: String, types: String, territories: String) -> String {
        TestSite.aid.replacingLine(containing: "title:", with: "title: \(title)")
            .replacingLine(containing: "aidTypes:", with: "aidTypes: [\(types)]")
            .replacingLine(containing: "- { kind: loan", with: types.hasPrefix("loan") ? "  - { kind: loan, amount: 1000 }" : "  - { kind: grant, amount: 1000 }")
            .replacingLine(containing: "territories:", with: "territories: [\(territories)]")
    }

    @Test func basinPagesGroupAidsByTypeWithNationalAidsApart() async throws {
        let site = try TestSite([
            "bassins/essai.md": Self.basin,
            "aides/pret-emploi.md": Self.aid("Z prêt du département", types: "loan", territories: "DEP-94"),
            "aides/pret-local.md": Self.aid("Zz prêt du bassin", types: "loan", territories: "essai"),
            "aides/subvention.md": Self.aid("Subvention régionale", types: "grant", territories: "REG-11"),
            "aides/nationale.md": Self.aid("Prêt national", types: "loan", territories: "FR"),
            "aides/europeenne.md": Self.aid("Subvention européenne", types: "grant", territories: "UE"),
        ])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try HTMLTree.parse(try site.page("bassins/essai/index.html"))
        let section = try #require(page.section(headedBy: "aides-du-bassin"))
        #expect(section.all("h3").map(\.text) == ["Subvention", "Prêt", "Aides nationales et européennes"])
        #expect(section.all("h4").map(\.text) == ["Subvention régionale", "Zz prêt du bassin", "Z prêt du département",
                                                  "Prêt national", "Subvention européenne"])
        #expect(section.withClass("card__title").allSatisfy { $0.name == "h4" })

        let national = try HTMLTree.parse(try site.page("aides/territoire/france-entiere/index.html"))
        #expect(national.withClass("card__title").map(\.text) == ["Prêt national"])
        #expect(try HTMLTree.parse(try site.page("aides/nationale/index.html")).text.contains("France entière"))

        let reading = try CSVReading.read(site.output + "/donnees/aides.csv")
        #expect(reading.unexpectedErrors.isEmpty, "\(reading.unexpectedErrors.map(\.note))")
        let rows = reading.rows
        let byTitle = Dictionary(rows.map { ($0["titre"] ?? "", $0["eligibilite_geographique"] ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(byTitle["Prêt national"] == "PAYS-99100")
        #expect(byTitle["Subvention européenne"] == "PAYS-99100")
    }

    @Test func anUnknownCodeNamesTheNationalOnesInItsHint() async throws {
        let site = try TestSite(["aides/pret-emploi.md": TestSite.aid.replacingLine(containing: "territories:", with: "territories: [FRA]")])
        defer { site.remove() }
        let report = await site.build()
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "« FRA » n'est pas un code de territoire reconnu.")
        #expect(diagnostic.hint?.contains("FR (France entière), UE (Union européenne)") == true)
    }
}

import Foundation
import RelaisCore
import RelaisFrench
import Testing

@Suite("Basins and events")
struct BasinAndEventTests {
    @Test func aidsForTheDepartmentOrRegionOfABasinAreOnItsPage() async throws {
        let basin = TestSite.basin("""
                subTerritories:
                  - { name: Ivry-sur-Seine, code: COM-94041 }
                """)
        let regional = TestSite.aid.replacingLine(containing: "territories:", with: "territories: [REG-11]")
        let elsewhere = TestSite.aid.replacingLine(containing: "territories:", with: "territories: [DEP-59]")
        let site = try TestSite(["bassins/essai.md": basin, "aides/regionale.md": regional, "aides/ailleurs.md": elsewhere])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("bassins/essai/index.html"))
        let links = page.withClass("card--aid").compactMap { $0.first("a")?["href"] }
        #expect(links.sorted() == ["/aides/pret-emploi/", "/aides/regionale/"])
    }

    @Test func itemsOfAnEventOverSeveralDaysSayTheirDay() async throws {
        let event = TestSite.onlineEvent(start: "2023-11-30T09:00", end: "2023-12-01T17:00", keys: """
            programme:
              - { start: "09:00", end: "10:00", format: welcome, title: Accueil }
              - { start: 2023-12-01T14:00, format: closing, title: Clôture }
            """)
        let site = try TestSite(["evenements/forum.md": event])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("evenements/forum/index.html"))
        let table = try #require(page.first("table"))
        #expect(table.first("caption")?.text == "Programme du 30 novembre au 1er décembre 2023")
        let times = table.first("tbody")?.all("th").map(\.text)
        #expect(times == ["jeudi 30 novembre 2023, de 9\u{00A0}h à 10\u{00A0}h", "vendredi 1er décembre 2023, 14\u{00A0}h"])
    }

    @Test func itemEndingBeforeItStartsIsRefused() async throws {
        let event = TestSite.onlineEvent(start: "2023-03-01T09:00", end: "2023-03-01T12:00", keys: """
            programme:
              - { start: "10:00", end: "09:30", format: workshop, title: Atelier pratique }
            """)
        let site = try TestSite(["evenements/atelier.md": event])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["evenements/atelier.md:11:5: La séquence « Atelier pratique » finit avant d'avoir commencé."])
    }
}

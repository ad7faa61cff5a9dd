import Foundation
import RelaisCore
import RelaisFrench
import Testing

@Suite("Aid status and build date")
struct StatusAndDateTests {
    /// The minimal aid closes on 2023-12-31; `closingSoonDays` is 30 by default.
    @Test(arguments: [
        ("2023-06-15", "Ouverte", "Jusqu’au 31 décembre 2023"),
        ("2023-12-01", "Clôture proche", "Clôture dans 30 jours (J-30), le 31 décembre 2023"),
        ("2023-12-19", "Clôture proche", "Clôture dans 12 jours (J-12), le 31 décembre 2023"),
        ("2023-12-31", "Clôture proche", "Clôture aujourd’hui, le 31 décembre 2023"),
        ("2024-01-01", "Clôturée", "Date limite passée\u{00A0}: 31 décembre 2023"),
    ])
    func statusFollowsTheBuildDate(date: String, label: String, detail: String) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = await site.build(date: date)
        #expect(report.succeeded)
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        let status = try #require(page.withClass("status").first)
        #expect(status.first("strong")?.text == label)
        #expect(status.text == "\(label) · \(detail)")
    }

    @Test func upcomingAndOngoingAids() async throws {
        let upcoming = TestSite.aid.replacingLine(containing: "closingDate:", with: "openingDate: 2024-03-01\nclosingDate: 2024-12-31")
        let ongoing = TestSite.aid.replacingLine(containing: "recurrence:", with: "recurrence: ongoing").removingLine(containing: "closingDate:")
        let site = try TestSite(["aides/pret-emploi.md": upcoming, "aides/permanente.md": ongoing])
        defer { site.remove() }
        #expect(await site.build(date: "2023-06-15").succeeded)
        let first = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(first.withClass("status").first?.text == "À venir · Ouverture le 1er mars 2024")
        let second = try HTMLTree.parse(try site.page("aides/permanente/index.html"))
        #expect(second.withClass("status").first?.text == "Permanente · Sans date limite")
        let list = try HTMLTree.parse(try site.page("aides/index.html"))
        #expect(list.byID("resultats")?.text == "2 aides")
        #expect(list.withClass("status").compactMap { $0.first("strong")?.text } == ["Permanente", "À venir"])
    }

    @Test func closingSoonDaysComesFromSiteYaml() async throws {
        let config = TestSite.minimal["site.yaml"]! + "\nclosingSoonDays: 10\n"
        let site = try TestSite(["site.yaml": config])
        defer { site.remove() }
        #expect(await site.build(date: "2023-12-19").succeeded)
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(page.withClass("status").first?.first("strong")?.text == "Ouverte")
    }

    @Test func buildDateComesFromTheOptionThenSourceDateEpochThenToday() throws {
        let epoch = ["SOURCE_DATE_EPOCH": "1669852800"]
        #expect(try BuildOptions.buildDate(argument: "2023-06-15", environment: epoch).get() == CalendarDate(iso: "2023-06-15"))
        #expect(try BuildOptions.buildDate(argument: nil, environment: epoch).get() == CalendarDate(iso: "2022-12-01"))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(try BuildOptions.buildDate(argument: nil, environment: [:], now: now).get() == CalendarDate(iso: "2023-11-14"))
        #expect(throws: BuildOptions.BuildDateError.self) { try BuildOptions.buildDate(argument: "15/06/2023", environment: [:]).get() }
        // Just after midnight in Paris, in winter (UTC+1) and in summer (UTC+2), and around the changes of time.
        #expect(BuildOptions.parisDate(unixTime: 1_673_739_000) == CalendarDate(iso: "2023-01-15"))  // 2023-01-14T23:30Z
        #expect(BuildOptions.parisDate(unixTime: 1_686_781_800) == CalendarDate(iso: "2023-06-15"))  // 2023-06-14T22:30Z
        #expect(BuildOptions.parisDate(unixTime: 1_686_778_200) == CalendarDate(iso: "2023-06-14"))  // 2023-06-14T21:30Z
        #expect(BuildOptions.parisDate(unixTime: 1_679_787_000) == CalendarDate(iso: "2023-03-26"))  // 2023-03-25T23:30Z, 00:30 winter time
        #expect(BuildOptions.parisDate(unixTime: 1_698_528_600) == CalendarDate(iso: "2023-10-28"))  // 2023-10-28T21:30Z, 23:30 summer time
        #expect(BuildOptions.parisDate(unixTime: 1_698_535_800) == CalendarDate(iso: "2023-10-29"))  // 2023-10-28T23:30Z, 01:30 summer time
        #expect(throws: BuildOptions.BuildDateError.self) { try BuildOptions.buildDate(argument: nil, environment: ["SOURCE_DATE_EPOCH": "hier"]).get() }
    }
}

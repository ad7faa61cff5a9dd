import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

@Suite("Site record")
struct RecordTests {
    /// The record is one Encodable value: its JSON view is one call, with ISO dates, exact amounts, resolved
    /// references, zoned date-times and absolute URLs.
    @Test func recordEncodesAsJSONWithResolvedFacts() async throws {
        let record = try await Repository.exampleRecord(date: "2023-06-15")
        let data = try JSONEncoder().encode(record)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["buildDate"] as? String == "2023-06-15")
        let aids = try #require(json["aids"] as? [[String: Any]])
        let aid = try #require(aids.first { $0["id"] as? String == "alixio-emplois-cdi" })
        #expect(aid["url"] as? String == "https://guide-aides.example.org/aides/alixio-emplois-cdi/")
        #expect(aid["closingDate"] as? String == "2023-12-31")
        let status = try #require(aid["status"] as? [String: Any])
        #expect(status["code"] as? String == "open")
        let loan = try #require((aid["financialComponents"] as? [[String: Any]])?.first)
        #expect((loan["amount"] as? NSNumber)?.intValue == 15000)
        #expect((loan["cap"] as? NSNumber)?.intValue == 225000)
        let backer = try #require((aid["backers"] as? [[String: Any]])?.first?["organisation"] as? [String: Any])
        #expect(backer["name"] as? String == "Alixio")
        let territory = try #require((aid["territories"] as? [[String: Any]])?.first)
        #expect(territory["code"] as? String == "DEP-94" && territory["name"] as? String == "Val-de-Marne (94)")
        let description = try #require(aid["description"] as? [String: Any])
        #expect((description["html"] as? String)?.contains("<h2") == true)
        #expect((description["text"] as? String)?.contains("<") == false)

        let event = try #require((json["events"] as? [[String: Any]])?.first { $0["id"] as? String == "20-ans-revitalisation" })
        let start = try #require(event["start"] as? [String: Any])
        #expect(start["dateTime"] as? String == "2022-12-01T13:30:00+01:00")
        #expect(start["timezone"] as? String == "Europe/Paris")
    }

    /// One status code per aid, the same word in the record, the CSS class of its badge and the stylesheet.
    @Test func aidStatusHasOneCodeEverywhere() async throws {
        let record = try await Repository.exampleRecord(date: "2023-12-10")
        let aid = try #require(record.aid("alixio-emplois-cdi"))
        #expect(aid.status.code == "closingSoon" && aid.status.daysLeft == 21)
        let presentation = Presentation(record: record)
        #expect(presentation.makeAidCard(AidCardFields(aid)).status.code == "closingSoon")
        let css = try String(contentsOfFile: Repository.templates + "/assets/relais.css", encoding: .utf8)
        for code in ["upcoming", "open", "closingSoon", "closed", "ongoing"] {
            #expect(css.contains(".status--\(code)"), "\(code)")
        }
    }

    /// Summer and winter offsets come from the zone's rules, whatever the machine's time zone.
    @Test func zonedTimesCarryTheOffsetOfTheirOwnDate() throws {
        let paris = try #require(TimeZoneRules.named("Europe/Paris"))
        func offset(_ text: String) throws -> Int { paris.offset(at: try #require(LocalDateTime(iso: text))) }
        #expect(try offset("2022-12-01T13:30") == 3_600)
        #expect(try offset("2027-06-10T13:30") == 7_200)
        #expect(try offset("2027-03-28T01:59") == 3_600)
        #expect(try offset("2027-03-28T03:00") == 7_200)
        #expect(try offset("2027-10-31T01:59") == 7_200)
        #expect(try offset("2027-10-31T03:00") == 3_600)
        let miquelon = try #require(TimeZoneRules.named("America/Miquelon"))
        #expect(miquelon.offset(at: try #require(LocalDateTime(iso: "2027-07-01T12:00"))) == -7_200)
        #expect(miquelon.offset(at: try #require(LocalDateTime(iso: "2027-01-15T12:00"))) == -10_800)
        #expect(ZonedDateTime.offsetText(-10_800) == "-03:00")
    }
}

@Suite("Paris build date")
struct ParisBuildDateTests {
    /// The build day comes from the same summer-time rules as events' offsets: summer time from 01:00 UTC on the
    /// last Sunday of March to 01:00 UTC on the last Sunday of October, checked every hour of five years.
    @Test func buildDayFollowsTheEuropeanRuleEveryHour() throws {
        let start = try #require(CalendarDate(iso: "2023-01-01")).daysSinceEpoch * 86_400
        for hour in 0..<(5 * 366 * 24) {
            let seconds = start + hour * 3_600
            let year = CalendarDate.fromUnixTime(seconds).year
            let march = try #require(TimeZoneRules.lastSunday(month: 3, year: year)).daysSinceEpoch * 86_400 + 3_600
            let october = try #require(TimeZoneRules.lastSunday(month: 10, year: year)).daysSinceEpoch * 86_400 + 3_600
            let expected = CalendarDate.fromUnixTime(seconds + (seconds >= march && seconds < october ? 7_200 : 3_600))
            #expect(BuildOptions.parisDate(unixTime: seconds) == expected, "\(seconds)")
        }
    }
}

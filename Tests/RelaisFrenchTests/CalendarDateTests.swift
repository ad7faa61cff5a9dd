import Foundation
import Testing
@testable import RelaisFrench

@Suite struct CalendarDateTests {
    @Test func validatesFields() {
        #expect(CalendarDate(year: 2022, month: 12, day: 1) != nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2022, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2022, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2022, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2022, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 9999, month: 12, day: 31) != nil)
        #expect(CalendarDate(year: 1, month: 1, day: 1) != nil)
    }

    @Test func parsesISO() throws {
        let date = try #require(CalendarDate(iso: "2022-12-01"))
        #expect(date.year == 2022 && date.month == 12 && date.day == 1)
        expectExact(date.iso, "2022-12-01")
        expectExact(date.description, "2022-12-01")
        expectExact(try #require(CalendarDate(iso: "0042-03-04")).iso, "0042-03-04")
        #expect(CalendarDate(iso: "2024-02-29") != nil)
    }

    @Test(arguments: [
        "2022-02-30", "2023-02-29", "2022-2-3", "2022-02-3", "22-02-03", "2022/02/03", "2022-02-03T10:00",
        " 2022-02-03", "2022-02-03 ", "", "abcd-ef-gh", "2022-1a-01", "0000-01-01", "+022-01-01", "2022-\u{0661}2-01",
    ])
    func rejectsBadISO(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func weekdays() throws {
        #expect(try #require(CalendarDate(iso: "2022-12-01")).weekday == 4)  // Thursday
        #expect(try #require(CalendarDate(iso: "2000-01-01")).weekday == 6)  // Saturday
        #expect(try #require(CalendarDate(iso: "1970-01-01")).weekday == 4)  // Thursday
        #expect(try #require(CalendarDate(iso: "1969-12-31")).weekday == 3)  // Wednesday
        #expect(try #require(CalendarDate(iso: "1900-01-01")).weekday == 1)  // Monday
        #expect(try #require(CalendarDate(iso: "1789-07-14")).weekday == 2)  // Tuesday
        #expect(try #require(CalendarDate(iso: "2100-01-01")).weekday == 5)  // Friday
        #expect(try #require(CalendarDate(iso: "2023-01-01")).weekday == 7)  // Sunday
        #expect(try #require(CalendarDate(iso: "0001-01-01")).weekday == 1)  // Monday (proleptic Gregorian)
    }

    @Test func daysSinceEpoch() throws {
        #expect(try #require(CalendarDate(iso: "1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(CalendarDate(iso: "1969-12-31")).daysSinceEpoch == -1)
        #expect(try #require(CalendarDate(iso: "2022-12-01")).daysSinceEpoch == 19327)
        #expect(try #require(CalendarDate(iso: "2000-03-01")).daysSinceEpoch == 11017)
    }

    @Test func roundTripsEveryDayOfSeveralCenturies() throws {
        // Every day from 1599-12-01 to 2401-01-31 survives date → day count → date, one day apart each time.
        var date = try #require(CalendarDate(iso: "1599-12-01"))
        let end = try #require(CalendarDate(iso: "2401-01-31"))
        var count = date.daysSinceEpoch
        while date < end {
            let next = date.adding(days: 1)
            #expect(next.daysSinceEpoch == count + 1)
            #expect(CalendarDate(daysSinceEpoch: count + 1) == next)
            #expect(CalendarDate(iso: next.iso) == next)
            date = next
            count += 1
        }
    }

    @Test func addingDays() throws {
        let date = try #require(CalendarDate(iso: "2022-11-30"))
        expectExact(date.adding(days: 1).iso, "2022-12-01")
        expectExact(date.adding(days: 0).iso, "2022-11-30")
        expectExact(date.adding(days: 32).iso, "2023-01-01")
        expectExact(date.adding(days: -30).iso, "2022-10-31")
        expectExact(date.adding(days: -334).iso, "2021-12-31")
        expectExact(try #require(CalendarDate(iso: "2024-02-28")).adding(days: 1).iso, "2024-02-29")
        expectExact(try #require(CalendarDate(iso: "2023-02-28")).adding(days: 1).iso, "2023-03-01")
        expectExact(try #require(CalendarDate(iso: "2024-03-01")).adding(days: -1).iso, "2024-02-29")
        expectExact(try #require(CalendarDate(iso: "1999-12-31")).adding(days: 366).iso, "2000-12-31")
    }

    @Test func addingDaysClampsToRepresentableYears() throws {
        let date = try #require(CalendarDate(iso: "2022-12-01"))
        #expect(date.adding(days: Int.max) == CalendarDate.latest)
        #expect(date.adding(days: Int.min) == CalendarDate.earliest)
        #expect(date.adding(days: 10_000_000) == CalendarDate.latest)
        #expect(date.adding(days: -10_000_000) == CalendarDate.earliest)
    }

    @Test func daysUntil() throws {
        let a = try #require(CalendarDate(iso: "2022-11-30"))
        let b = try #require(CalendarDate(iso: "2023-01-02"))
        #expect(a.days(until: b) == 33)
        #expect(b.days(until: a) == -33)
        #expect(a.days(until: a) == 0)
        #expect(try #require(CalendarDate(iso: "2024-01-01")).days(until: try #require(CalendarDate(iso: "2025-01-01"))) == 366)
    }

    @Test func fromUnixTime() {
        expectExact(CalendarDate.fromUnixTime(0).iso, "1970-01-01")
        expectExact(CalendarDate.fromUnixTime(1_669_852_800).iso, "2022-12-01")
        expectExact(CalendarDate.fromUnixTime(1_669_852_800 + 86_399).iso, "2022-12-01")
        expectExact(CalendarDate.fromUnixTime(1_669_852_799).iso, "2022-11-30")
        expectExact(CalendarDate.fromUnixTime(-1).iso, "1969-12-31")
        expectExact(CalendarDate.fromUnixTime(-86_400).iso, "1969-12-31")
        expectExact(CalendarDate.fromUnixTime(-86_401).iso, "1969-12-30")
        expectExact(CalendarDate.fromUnixTime(951_782_400).iso, "2000-02-29")
        #expect(CalendarDate.fromUnixTime(Int.max) == CalendarDate.latest)
        #expect(CalendarDate.fromUnixTime(Int.min) == CalendarDate.earliest)
    }

    @Test func ordering() throws {
        let dates = try ["2023-01-01", "2022-12-01", "2022-11-30", "2022-12-31"].map { try #require(CalendarDate(iso: $0)) }
        #expect(dates.sorted().map(\.iso) == ["2022-11-30", "2022-12-01", "2022-12-31", "2023-01-01"])
    }

    @Test func codableAsISOString() throws {
        let date = try #require(CalendarDate(iso: "2022-12-01"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2022-12-01\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2022-02-30\"]".utf8))
        }
    }
}

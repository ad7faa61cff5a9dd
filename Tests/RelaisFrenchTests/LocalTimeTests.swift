import Foundation
import Testing
@testable import RelaisFrench

@Suite struct LocalTimeTests {
    @Test func parsesText() throws {
        let time = try #require(LocalTime(text: "13:30"))
        #expect(time.hour == 13 && time.minute == 30)
        expectExact(time.iso, "13:30")
        expectExact(try #require(LocalTime(text: "09:05")).iso, "09:05")
        expectExact(try #require(LocalTime(text: "9:05")).iso, "09:05")
        expectExact(try #require(LocalTime(text: "0:00")).iso, "00:00")
        expectExact(try #require(LocalTime(text: "23:59")).iso, "23:59")
    }

    @Test(arguments: ["24:00", "12:60", "9:5", "123:00", "12h30", "12:30:00", "", ":30", "1a:30", " 9:05", "-1:30"])
    func rejectsBadText(_ text: String) {
        #expect(LocalTime(text: text) == nil)
    }

    @Test func validatesFields() {
        #expect(LocalTime(hour: 0, minute: 0) != nil)
        #expect(LocalTime(hour: 23, minute: 59) != nil)
        #expect(LocalTime(hour: 24, minute: 0) == nil)
        #expect(LocalTime(hour: 12, minute: 60) == nil)
        #expect(LocalTime(hour: -1, minute: 0) == nil)
    }

    @Test func ordering() throws {
        #expect(try #require(LocalTime(text: "9:05")) < (try #require(LocalTime(text: "13:30"))))
        #expect(!(try #require(LocalTime(text: "13:30")) < (try #require(LocalTime(text: "13:30")))))
    }

    @Test func codableAsText() throws {
        let time = try #require(LocalTime(text: "9:05"))
        let data = try JSONEncoder().encode([time])
        #expect(String(decoding: data, as: UTF8.self) == "[\"09:05\"]")
        #expect(try JSONDecoder().decode([LocalTime].self, from: data) == [time])
    }
}

@Suite struct LocalDateTimeTests {
    @Test func parsesISO() throws {
        let value = try #require(LocalDateTime(iso: "2022-12-01T13:30"))
        #expect(value.date == CalendarDate(year: 2022, month: 12, day: 1))
        #expect(value.time == LocalTime(hour: 13, minute: 30))
        expectExact(value.iso, "2022-12-01T13:30")
        expectExact(try #require(LocalDateTime(iso: "2022-12-01T13:30:00")).iso, "2022-12-01T13:30")
        expectExact(try #require(LocalDateTime(iso: "2022-12-01T13:30:59")).iso, "2022-12-01T13:30")
    }

    @Test(arguments: [
        "2022-12-01T13:30:60", "2022-12-01T9:30", "2022-12-01 13:30", "2022-12-01t13:30", "2022-12-01T13:30Z",
        "2022-12-01T13:30+01:00", "2022-02-30T13:30", "2022-12-01T24:00", "2022-12-01T13:3", "2022-12-01",
        "2022-12-01T13:30:0", "2022-12-01T13:30:00.000", "",
    ])
    func rejectsBadISO(_ text: String) {
        #expect(LocalDateTime(iso: text) == nil)
    }

    @Test func ordering() throws {
        let a = try #require(LocalDateTime(iso: "2022-12-01T18:00"))
        let b = try #require(LocalDateTime(iso: "2022-12-02T09:00"))
        let c = try #require(LocalDateTime(iso: "2022-12-02T13:30"))
        #expect(a < b && b < c && !(c < a))
    }

    @Test func codableAsISOString() throws {
        let value = try #require(LocalDateTime(iso: "2022-12-01T13:30:00"))
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2022-12-01T13:30\"]")
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == [value])
    }
}

import Testing
@testable import RelaisFrench

@Suite struct FrenchDateFormattingTests {
    let f = FrenchFormatter()
    let compact = FrenchFormatter(timeStyle: .compact)

    func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }
    func time(_ text: String) throws -> LocalTime { try #require(LocalTime(text: text)) }
    func at(_ iso: String) throws -> LocalDateTime { try #require(LocalDateTime(iso: iso)) }

    @Test func fullDateWithWeekday() throws {
        expectExact(f.date(try day("2022-12-01"), weekday: true), "jeudi 1er décembre 2022")
        expectExact(f.dateHTML(try day("2022-12-01"), weekday: true), "jeudi 1<sup>er</sup> décembre 2022")
        expectExact(f.date(try day("2022-12-02"), weekday: true), "vendredi 2 décembre 2022")
    }

    @Test func firstOfTheMonthOnly() throws {
        expectExact(f.date(try day("2022-12-01")), "1er décembre 2022")
        expectExact(f.date(try day("2023-01-02")), "2 janvier 2023")
        expectExact(f.date(try day("2022-12-11")), "11 décembre 2022")
        expectExact(f.date(try day("2022-12-21")), "21 décembre 2022")
        expectExact(f.date(try day("2022-12-31")), "31 décembre 2022")
        expectExact(f.dateHTML(try day("2022-12-01")), "1<sup>er</sup> décembre 2022")
        expectExact(f.dateHTML(try day("2022-12-02")), "2 décembre 2022")
    }

    @Test func everyMonthName() throws {
        let expected = [
            "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ]
        for (index, name) in expected.enumerated() {
            let date = try #require(CalendarDate(year: 2022, month: index + 1, day: 15))
            expectExact(f.date(date), "15 \(name) 2022")
            expectExact(f.monthYear(date), "\(name) 2022")
        }
        // The accented names byte by byte, as precomposed scalars.
        expectExact(f.monthYear(try day("2022-02-01")), "f\u{E9}vrier 2022")
        expectExact(f.monthYear(try day("2022-08-01")), "ao\u{FB}t 2022")
        expectExact(f.monthYear(try day("2022-12-01")), "d\u{E9}cembre 2022")
    }

    @Test func everyWeekdayName() throws {
        // 2022-11-28 is a Monday.
        let names = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        for (offset, name) in names.enumerated() {
            let date = try day("2022-11-28").adding(days: offset)
            #expect(date.weekday == offset + 1)
            #expect(f.date(date, weekday: true).hasPrefix("\(name) "))
        }
        expectExact(f.date(try day("2023-01-01"), weekday: true), "dimanche 1er janvier 2023")
    }

    @Test func spacedTimes() throws {
        expectExact(f.time(try time("13:30")), "13\u{00A0}h\u{00A0}30")
        expectExact(f.time(try time("9:00")), "9\u{00A0}h")
        expectExact(f.time(try time("09:00")), "9\u{00A0}h")
        expectExact(f.time(try time("18:00")), "18\u{00A0}h")
        expectExact(f.time(try time("0:05")), "0\u{00A0}h\u{00A0}05")
        expectExact(f.time(try time("9:05")), "9\u{00A0}h\u{00A0}05")
    }

    @Test func compactTimes() throws {
        expectExact(compact.time(try time("13:30")), "13h30")
        expectExact(compact.time(try time("9:00")), "9h")
        expectExact(compact.time(try time("18:00")), "18h")
        expectExact(compact.time(try time("0:05")), "0h05")
        expectExact(compact.timeRange(from: try time("13:30"), to: try time("18:00")), "de 13h30 à 18h")
    }

    @Test func timeStyleRawValues() {
        #expect(TimeStyle.allCases == [.spaced, .compact])
        #expect(TimeStyle(rawValue: "13h30") == .compact)
        #expect(TimeStyle(rawValue: "13 h 30") == .spaced)
    }

    @Test func dateRanges() throws {
        expectExact(f.dateRange(from: try day("2022-12-01"), to: try day("2022-12-01")), "1er décembre 2022")
        expectExact(f.dateRange(from: try day("2022-12-01"), to: try day("2022-12-03")), "du 1er au 3 décembre 2022")
        expectExact(f.dateRange(from: try day("2022-11-30"), to: try day("2022-12-02")),
                    "du 30 novembre au 2 décembre 2022")
        expectExact(f.dateRange(from: try day("2022-11-01"), to: try day("2022-12-01")),
                    "du 1er novembre au 1er décembre 2022")
        expectExact(f.dateRange(from: try day("2022-12-30"), to: try day("2023-01-02")),
                    "du 30 décembre 2022 au 2 janvier 2023")
        expectExact(f.dateRange(from: try day("2022-12-01"), to: try day("2023-12-01")),
                    "du 1er décembre 2022 au 1er décembre 2023")
    }

    @Test func dateRangesHTML() throws {
        expectExact(f.dateRangeHTML(from: try day("2022-12-01"), to: try day("2022-12-01")),
                    "1<sup>er</sup> décembre 2022")
        expectExact(f.dateRangeHTML(from: try day("2022-12-01"), to: try day("2022-12-03")),
                    "du 1<sup>er</sup> au 3 décembre 2022")
        expectExact(f.dateRangeHTML(from: try day("2022-11-01"), to: try day("2022-12-01")),
                    "du 1<sup>er</sup> novembre au 1<sup>er</sup> décembre 2022")
        expectExact(f.dateRangeHTML(from: try day("2022-12-30"), to: try day("2023-01-01")),
                    "du 30 décembre 2022 au 1<sup>er</sup> janvier 2023")
    }

    @Test func timeRanges() throws {
        expectExact(f.timeRange(from: try time("13:30"), to: try time("18:00")),
                    "de 13\u{00A0}h\u{00A0}30 à 18\u{00A0}h")
    }

    @Test func dateTimeRangeOnOneDay() throws {
        expectExact(f.dateTimeRange(from: try at("2022-12-01T13:30"), to: try at("2022-12-01T18:00")),
                    "jeudi 1er décembre 2022, de 13\u{00A0}h\u{00A0}30 à 18\u{00A0}h")
        expectExact(f.dateTimeRangeHTML(from: try at("2022-12-01T13:30"), to: try at("2022-12-01T18:00")),
                    "jeudi 1<sup>er</sup> décembre 2022, de 13\u{00A0}h\u{00A0}30 à 18\u{00A0}h")
        expectExact(compact.dateTimeRange(from: try at("2022-12-01T13:30"), to: try at("2022-12-01T18:00")),
                    "jeudi 1er décembre 2022, de 13h30 à 18h")
        expectExact(f.dateTimeRange(from: try at("2022-12-01T13:30"), to: try at("2022-12-01T13:30")),
                    "jeudi 1er décembre 2022 à 13\u{00A0}h\u{00A0}30")
    }

    @Test func dateTimeRangeOverTwoDays() throws {
        expectExact(f.dateTimeRange(from: try at("2022-12-01T09:00"), to: try at("2022-12-02T17:00")),
                    "du jeudi 1er décembre 2022 à 9\u{00A0}h au vendredi 2 décembre 2022 à 17\u{00A0}h")
        expectExact(f.dateTimeRangeHTML(from: try at("2022-12-01T09:00"), to: try at("2022-12-02T17:00")),
                    "du jeudi 1<sup>er</sup> décembre 2022 à 9\u{00A0}h au vendredi 2 décembre 2022 à 17\u{00A0}h")
        expectExact(f.dateTimeRange(from: try at("2022-12-31T22:00"), to: try at("2023-01-01T02:30")),
                    "du samedi 31 décembre 2022 à 22\u{00A0}h au dimanche 1er janvier 2023 à 2\u{00A0}h\u{00A0}30")
    }
}

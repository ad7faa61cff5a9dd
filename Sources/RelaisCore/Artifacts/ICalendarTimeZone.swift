import RelaisFrench

extension ICalendarWriter {
    /// The `VTIMEZONE` of a zone, from the same rules that give events their offsets (TimeZoneRules), so a
    /// calendar reads the same local times as the pages. TimeZoneRules applies today's rules to every year, so
    /// the RRULEs start in 1970, before any event a guide lists; a zone without summer time has one `STANDARD` block.
    mutating func timeZone(_ rules: TimeZoneRules) {
        begin("VTIMEZONE")
        value("TZID", rules.identifier)
        let standard = rules.standardOffset, summer = rules.standardOffset + 3_600
        if let daylight = rules.daylight, let (start, end) = TimeZoneRules.daylightBounds(daylight, year: 1970) {
            let (startRule, endRule) = Self.recurrence(daylight)
            // Each DTSTART is the local time of the change in the offset in force before it (TZOFFSETFROM).
            observance("DAYLIGHT", from: standard, to: summer, name: rules.daylightName, start: start, rule: startRule)
            observance("STANDARD", from: summer, to: standard, name: rules.standardName, start: end, rule: endRule)
        } else if let start = CalendarDate(year: 1970, month: 1, day: 1), let midnight = LocalTime(hour: 0, minute: 0) {
            observance("STANDARD", from: standard, to: standard, name: rules.standardName, start: LocalDateTime(date: start, time: midnight), rule: nil)
        }
        end("VTIMEZONE")
    }

    private mutating func observance(_ kind: String, from: Int, to: Int, name: String?, start: LocalDateTime, rule: String?) {
        begin(kind)
        value("DTSTART", ICalendarValues.local(start))
        if let rule { value("RRULE", rule) }
        value("TZOFFSETFROM", ICalendarValues.utcOffset(from))
        value("TZOFFSETTO", ICalendarValues.utcOffset(to))
        if let name { text("TZNAME", name) }
        end(kind)
    }

    /// The yearly rules of the changes to and from summer time, as RRULEs.
    private static func recurrence(_ daylight: TimeZoneRules.Daylight) -> (String, String) {
        switch daylight {
        case .european: ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        case .northAmerican: ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
        }
    }
}

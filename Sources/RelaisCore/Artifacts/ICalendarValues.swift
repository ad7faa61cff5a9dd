import RelaisFrench

/// The iCalendar forms of Relais's date values (RFC 5545 §3.3.5, §3.3.14).
enum ICalendarValues {
    /// A local date-time, `20221201T133000`, to be written with its `TZID`.
    static func local(_ dateTime: LocalDateTime) -> String {
        basic(dateTime.date) + "T" + dateTime.time.iso.filter { $0 != ":" } + "00"
    }

    /// Midnight UTC of a day, `20221205T000000Z`: content dates carry no time, and `DTSTAMP` must be in UTC.
    static func utcMidnight(_ date: CalendarDate) -> String {
        basic(date) + "T000000Z"
    }

    /// `+0100`, `-0300`: the time-zone offset without its colon.
    static func utcOffset(_ seconds: Int) -> String {
        ZonedDateTime.offsetText(seconds).filter { $0 != ":" }
    }

    /// `20221201`
    private static func basic(_ date: CalendarDate) -> String {
        date.iso.filter { $0 != "-" }
    }
}

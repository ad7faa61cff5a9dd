import RelaisFrench

/// A date of the content as an ISO 8601 (RFC 3339) date-time in Paris time, for formats whose dates carry a time
/// (open data, the Atom feed): the guide's dates are French calendar days, never the build clock.
/// `2022-12-05T00:00:00+01:00`, `2023-12-31T23:59:59+01:00`.
enum ParisDateTime {
    /// The first second of the day.
    static func startOfDay(_ date: CalendarDate) -> String {
        "\(date.iso)T00:00:00" + offset(date, hour: 0, minute: 0)
    }

    /// The last second of the day: a closing date is inclusive.
    static func endOfDay(_ date: CalendarDate) -> String {
        "\(date.iso)T23:59:59" + offset(date, hour: 23, minute: 59)
    }

    /// `+01:00` in winter, `+02:00` in summer.
    private static func offset(_ date: CalendarDate, hour: Int, minute: Int) -> String {
        let seconds = LocalTime(hour: hour, minute: minute).map { TimeZoneRules.paris.offset(at: LocalDateTime(date: date, time: $0)) }
        return ZonedDateTime.offsetText(seconds ?? TimeZoneRules.paris.standardOffset)
    }
}

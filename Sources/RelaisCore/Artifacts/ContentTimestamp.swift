import RelaisFrench

/// Content dates are days (`dateModified: 2022-12-05`); feeds want instants. A day is given as its first minute in
/// Paris, the site's zone, with the offset in force that day: `2022-12-05T00:00:00+01:00`, `2023-06-15T00:00:00+02:00`.
/// Made from the content's date only, never from the build clock.
enum ContentTimestamp {
    static let timezone = "Europe/Paris"

    static func rfc3339(_ date: CalendarDate) -> String {
        guard let midnight = LocalTime(hour: 0, minute: 0) else { return date.iso + "T00:00:00Z" }
        let local = LocalDateTime(date: date, time: midnight)
        // Summer time changes at 02:00 or 03:00: midnight always exists and is never repeated.
        let offset = TimeZoneRules.named(timezone)?.offset(at: local) ?? 3_600
        return ZonedDateTime(local: local, timezone: timezone, offsetSeconds: offset).iso8601
    }
}

import RelaisFrench

/// The UTC offsets of the time zones an event may use (`Event.knownTimezones`), from their rules rather than
/// from the system's database, so that every machine gives the same answer. ICS `VTIMEZONE` blocks come
/// from the same rules.
public struct TimeZoneRules: Sendable, Hashable {
    /// When summer time starts and ends, in local standard time.
    public enum Daylight: Sendable, Hashable {
        /// European Union: last Sunday of March, 02:00 → 03:00; last Sunday of October, 03:00 → 02:00.
        case european
        /// North America (Saint-Pierre-et-Miquelon): second Sunday of March, first Sunday of November, at 02:00.
        case northAmerican
    }

    public let identifier: String
    /// Seconds east of UTC in winter.
    public let standardOffset: Int
    public let daylight: Daylight?
    /// The abbreviations iCalendar's `TZNAME` shows.
    public let standardName: String
    public let daylightName: String?

    public static let all: [String: TimeZoneRules] = {
        let zones = [
            paris,
            TimeZoneRules(identifier: "America/Guadeloupe", standardOffset: -14_400, daylight: nil, standardName: "AST", daylightName: nil),
            TimeZoneRules(identifier: "America/Martinique", standardOffset: -14_400, daylight: nil, standardName: "AST", daylightName: nil),
            TimeZoneRules(identifier: "America/Cayenne", standardOffset: -10_800, daylight: nil, standardName: "-03", daylightName: nil),
            TimeZoneRules(identifier: "America/Miquelon", standardOffset: -10_800, daylight: .northAmerican, standardName: "-03", daylightName: "-02"),
            TimeZoneRules(identifier: "Indian/Reunion", standardOffset: 14_400, daylight: nil, standardName: "+04", daylightName: nil),
            TimeZoneRules(identifier: "Indian/Mayotte", standardOffset: 10_800, daylight: nil, standardName: "EAT", daylightName: nil),
            TimeZoneRules(identifier: "Pacific/Noumea", standardOffset: 39_600, daylight: nil, standardName: "+11", daylightName: nil),
            TimeZoneRules(identifier: "Pacific/Tahiti", standardOffset: -36_000, daylight: nil, standardName: "-10", daylightName: nil),
            TimeZoneRules(identifier: "Pacific/Wallis", standardOffset: 43_200, daylight: nil, standardName: "+12", daylightName: nil),
        ]
        return Dictionary(uniqueKeysWithValues: zones.map { ($0.identifier, $0) })
    }()

    public static func named(_ identifier: String) -> TimeZoneRules? { all[identifier] }

    /// The site's zone, and every event's unless it names another.
    public static let paris = TimeZoneRules(identifier: "Europe/Paris", standardOffset: 3_600, daylight: .european,
                                            standardName: "CET", daylightName: "CEST")

    /// The offset in force at an instant (seconds since 1970, UTC).
    public func offset(atUnixTime seconds: Int) -> Int {
        // Local standard time, then the local rule: the only instants it reads wrong are the hour clocks repeat.
        let standard = seconds + standardOffset
        let days = standard >= 0 ? standard / 86_400 : (standard - 86_399) / 86_400
        let inDay = standard - days * 86_400
        guard let time = LocalTime(hour: inDay / 3_600, minute: (inDay % 3_600) / 60) else { return standardOffset }
        let local = LocalDateTime(date: CalendarDate(daysSinceEpoch: days), time: time)
        guard let daylight, let (start, end) = Self.daylightBounds(daylight, year: local.date.year) else { return standardOffset }
        // Summer ends at `end` in summer time, an hour earlier in standard time.
        let endInStandard = LocalDateTime(date: end.date, time: LocalTime(hour: max(0, end.time.hour - 1), minute: end.time.minute) ?? end.time)
        return local >= start && local < endInStandard ? standardOffset + 3_600 : standardOffset
    }

    /// The offset in force at a local date-time. In the hour that repeats in autumn, the first (summer) one.
    public func offset(at local: LocalDateTime) -> Int {
        guard let daylight, let (start, end) = Self.daylightBounds(daylight, year: local.date.year) else { return standardOffset }
        return local >= start && local < end ? standardOffset + 3_600 : standardOffset
    }

    /// Summer time's first local minute and the local minute (in summer time) it ends.
    static func daylightBounds(_ daylight: Daylight, year: Int) -> (LocalDateTime, LocalDateTime)? {
        switch daylight {
        case .european:
            guard let start = lastSunday(month: 3, year: year), let end = lastSunday(month: 10, year: year),
                  let two = LocalTime(hour: 2, minute: 0), let three = LocalTime(hour: 3, minute: 0) else { return nil }
            // Clocks go from 02:00 to 03:00 (the skipped hour counts as summer) and back from 03:00 to 02:00.
            return (LocalDateTime(date: start, time: two), LocalDateTime(date: end, time: three))
        case .northAmerican:
            guard let start = nthSunday(1, month: 3, year: year).map({ $0.adding(days: 7) }),
                  let end = nthSunday(1, month: 11, year: year),
                  let two = LocalTime(hour: 2, minute: 0) else { return nil }
            // Clocks go from 02:00 to 03:00, and back from 02:00 to 01:00.
            return (LocalDateTime(date: start, time: two), LocalDateTime(date: end, time: two))
        }
    }

    static func lastSunday(month: Int, year: Int) -> CalendarDate? {
        guard let last = CalendarDate(year: year, month: month, day: CalendarDate.daysInMonth(month, year: year)) else { return nil }
        return last.adding(days: -(last.weekday % 7))
    }

    static func nthSunday(_ n: Int, month: Int, year: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (7 - first.weekday % 7) % 7 + 7 * (n - 1))
    }
}

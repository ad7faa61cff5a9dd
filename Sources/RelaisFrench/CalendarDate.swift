/// A day of the proleptic Gregorian calendar, without time or time zone (years 1...9999).
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// A valid date, or nil (month lengths, leap years, years 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysInMonth(month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other shape or an impossible date.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = ASCIIDigits.value(bytes, 0..<4),
              let month = ASCIIDigits.value(bytes, 5..<7),
              let day = ASCIIDigits.value(bytes, 8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    // Used only with fields already known to be valid (computed from a day count).
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The ISO 8601 form, `2022-12-01`.
    public var iso: String {
        let y = ASCIIDigits.padded(year, width: 4)
        let m = ASCIIDigits.padded(month, width: 2)
        let d = ASCIIDigits.padded(day, width: 2)
        return "\(y)-\(m)-\(d)"
    }

    /// The ISO 8601 form, `2022-12-01`.
    public var description: String { iso }

    /// The ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4); floor modulo keeps dates before 1970 right.
        let offset = (daysSinceEpoch + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The date `days` later (earlier if negative), clamped to 0001-01-01...9999-12-31.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        if overflow { return days > 0 ? .latest : .earliest }
        return CalendarDate(daysSinceEpoch: sum)
    }

    /// `other - self` in days (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The UTC day of a Unix timestamp (as in `SOURCE_DATE_EPOCH`), clamped to years 1...9999.
    public static func fromUnixTime(_ seconds: Int) -> CalendarDate {
        // Floor division: -1 s is still 1969-12-31.
        let (quotient, remainder) = seconds.quotientAndRemainder(dividingBy: 86_400)
        return CalendarDate(daysSinceEpoch: remainder < 0 ? quotient - 1 : quotient)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil: years start in March so the leap day ends the year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01, clamped to 0001-01-01...9999-12-31.
    public init(daysSinceEpoch days: Int) {
        let clamped = min(max(days, CalendarDate.earliest.daysSinceEpoch), CalendarDate.latest.daysSinceEpoch)
        // Howard Hinnant's civil_from_days.
        let z = clamped + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(unchecked: year, month, day)
    }

    /// 0001-01-01, the first representable date.
    public static let earliest = CalendarDate(unchecked: 1, 1, 1)
    /// 9999-12-31, the last representable date.
    public static let latest = CalendarDate(unchecked: 9999, 12, 31)

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1...12) of `year`; 0 for an invalid month.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // Coded as the ISO string so that JSON and YAML hold "2022-12-01", not an object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date YYYY-MM-DD, got \"\(text)\".")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

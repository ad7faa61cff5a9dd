/// A date and a wall-clock time, without time zone (the site's zone, Europe/Paris, is implied).
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable {
    /// The calendar day.
    public let date: CalendarDate
    /// The time of day, to the minute.
    public let time: LocalTime

    /// Combines a date and a time.
    public init(date: CalendarDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (seconds 00...59, dropped); nil otherwise.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 16 || bytes.count == 19, bytes[10] == UInt8(ascii: "T"),
              let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              // Five bytes force the two-digit hour ISO 8601 requires.
              let time = LocalTime(text: String(decoding: bytes[11..<16], as: UTF8.self)) else { return nil }
        if bytes.count == 19 {
            guard bytes[16] == UInt8(ascii: ":"), let seconds = ASCIIDigits.value(bytes, 17..<19),
                  seconds <= 59 else { return nil }
        }
        self.init(date: date, time: time)
    }

    /// The ISO 8601 form without seconds, `2022-12-01T13:30`.
    public var iso: String { "\(date.iso)T\(time.iso)" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }

    // Coded as "2022-12-01T13:30", the form data files hold.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date-time YYYY-MM-DDTHH:MM, got \"\(text)\".")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

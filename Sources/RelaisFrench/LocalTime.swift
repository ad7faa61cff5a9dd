/// A wall-clock time to the minute, without date or time zone.
public struct LocalTime: Sendable, Hashable, Comparable, Codable {
    /// The hour, 0...23.
    public let hour: Int
    /// The minute, 0...59.
    public let minute: Int

    /// A valid time (hour 0...23, minute 0...59), or nil.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// 23:59, the last minute of a day: an inclusive deadline given as a day ends then.
    public static let lastMinute = LocalTime(checkedHour: 23, minute: 59)

    private init(checkedHour hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` or `H:MM` (ASCII digits only); nil otherwise.
    public init?(text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 4 || bytes.count == 5 else { return nil }
        let colon = bytes.count - 3
        guard bytes[colon] == UInt8(ascii: ":"),
              let hour = ASCIIDigits.value(bytes, 0..<colon),
              let minute = ASCIIDigits.value(bytes, (colon + 1)..<bytes.count) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The ISO 8601 form, `13:30` (always two-digit hour).
    public var iso: String {
        "\(ASCIIDigits.padded(hour, width: 2)):\(ASCIIDigits.padded(minute, width: 2))"
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    // Coded as "13:30" so that data files hold the text a person writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = LocalTime(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a time HH:MM, got \"\(text)\".")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

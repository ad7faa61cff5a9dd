import Foundation
import RelaisFrench

/// A link target as published: always an absolute URL; for a page or file of the site, also its site path, so
/// that pages can link it relatively to the base path.
public struct RecordURL: Sendable, Hashable, Encodable {
    /// `https://guide.example.org/asso/aides/x/`, `mailto:…`, `tel:…`
    public let absolute: String
    /// `/aides/x/` when the target is on the site.
    public let sitePath: String?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(absolute)
    }
}

/// A territory code with the name a reader knows it by.
public struct NamedTerritory: Sendable, Hashable, Encodable {
    /// `DEP-94`, `REG-32`, `EPCI-200058014`, or a basin id.
    public let code: String
    /// `region`, `department`, `epci`, `commune`, `employmentZone`, `basin`, `country` (FR) or `europe` (UE).
    public let kind: String
    /// "Val-de-Marne (94)"
    public let name: String

    /// France entière or the European Union: open on every basin, listed apart there.
    public var isNational: Bool { kind == "country" || kind == "europe" }
}

/// A local date-time with its zone and the UTC offset in force at that moment.
public struct ZonedDateTime: Sendable, Hashable, Comparable, Encodable {
    public let local: LocalDateTime
    /// An IANA name, `Europe/Paris` by default.
    public let timezone: String
    /// Seconds east of UTC at that moment: 3,600 in a Paris winter, 7,200 in a Paris summer.
    public let offsetSeconds: Int

    /// `2022-12-01T13:30:00+01:00`
    public var iso8601: String { "\(local.iso):00\(Self.offsetText(offsetSeconds))" }

    /// `+01:00`, `-03:00`
    public static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let hours = minutes / 60, rest = minutes % 60
        return sign + (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// Seconds since 1970 in UTC.
    public var unixTime: Int {
        local.date.daysSinceEpoch * 86_400 + local.time.hour * 3_600 + local.time.minute * 60 - offsetSeconds
    }

    public static func < (lhs: ZonedDateTime, rhs: ZonedDateTime) -> Bool { lhs.unixTime < rhs.unixTime }

    enum CodingKeys: String, CodingKey { case dateTime, local, timezone }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(iso8601, forKey: .dateTime)
        try container.encode(local.iso, forKey: .local)
        try container.encode(timezone, forKey: .timezone)
    }
}

/// The dates every content item carries.
public struct RecordDates: Sendable, Hashable, Encodable {
    public let modified: CalendarDate
    public let published: CalendarDate?
}

/// A coded value with its French label (`loan`, "Prêt"): data files use the code, pages the label.
public struct Labelled: Sendable, Hashable, Encodable {
    public let code: String
    public let label: String

    init<Value: YAMLEnum>(_ value: Value, label: String) {
        code = value.rawValue
        self.label = label
    }

    init(code: String, label: String) {
        self.code = code
        self.label = label
    }
}

/// Where a fact comes from, its organisation resolved when it is one of the guide's.
public struct RecordSource: Sendable, Hashable, Encodable {
    public let organisationName: String
    public let organisation: OrganisationSummary?
    public let title: String?
    public let url: RecordURL?
    public let date: CalendarDate?
}

/// A document to download.
public struct RecordDocument: Sendable, Hashable, Encodable {
    public let title: String
    public let url: RecordURL
    public let format: String
    public let sizeBytes: Int?
}

/// A link to another item of the guide, by kind and id, with its title and URL.
public struct ItemSummary: Sendable, Hashable, Encodable {
    public let kind: ContentKind
    public let id: String
    public let title: String
    public let url: RecordURL
}

extension ContentKind: Encodable {}

import RelaisFrench

/// A dated news item.
public struct RecordNews: Sendable, Encodable {
    public let id: String
    public let path: String
    public let url: RecordURL
    public let sourceFile: String
    public let title: String
    public let summary: String
    public let date: CalendarDate
    public let body: RichText
    public let source: RecordSource?
    public let related: [ItemSummary]
    public let dates: RecordDates
}

/// A free page (à propos, mentions légales, accessibilité…).
public struct RecordPage: Sendable, Encodable {
    public let id: String
    public let path: String
    public let url: RecordURL
    public let sourceFile: String
    public let title: String
    public let summary: String?
    public let body: RichText
    public let dates: RecordDates
}

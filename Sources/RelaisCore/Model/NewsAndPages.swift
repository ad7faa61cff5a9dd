import RelaisFrench

/// A dated news item: `actualites/<date>-<id>.md`.
public struct NewsItem: Sendable {
    public var title: String
    public var summary: String
    /// From the file name.
    public var date: CalendarDate
    public var source: Source?
    public var relatedAids: [Reference]
    public var relatedEvents: [Reference]
    public var relatedProgrammes: [Reference]
    public var relatedBasins: [Reference]
}

/// A free page: `pages/<id>.md` (à propos, mentions légales, accessibilité…).
public struct Page: Sendable {
    public var title: String
    public var summary: String?
}

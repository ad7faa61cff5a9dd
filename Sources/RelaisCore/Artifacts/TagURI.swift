import RelaisFrench

/// `tag:` URIs (RFC 4151) for the feed and its entries: `tag:guide.example.org,2022-12-05:/aides/x/`. The host and
/// the path under the base URL make an id unique; the date only has to be one when the site existed and, above
/// all, never change, since a feed reader shows an entry whose id changed as a new one.
enum TagURI {
    /// `tag:<host>,<date>:<path>`; `date` is `2022`, `2022-12` or `2022-12-05`.
    static func make(host: String, date: String, path: String) -> String {
        "tag:\(host),\(date):\(path)"
    }

    /// The date of the site as a whole, by year: the earliest publication date of its content (an item's
    /// `datePublished`, a news item's date, taken from its file name), which editing a text never changes;
    /// without any, the earliest `dateModified`. It moves only when older content is added, or the oldest
    /// published item removed.
    static func siteYear(of record: RecordReader) -> Int {
        let published = record.aids.compactMap(\.dates.published) + record.events.compactMap(\.dates.published)
            + record.basins.compactMap(\.dates.published) + record.programmes.compactMap(\.dates.published)
            + record.news.map { $0.dates.published ?? $0.date } + record.pages.compactMap(\.dates.published)
        if let first = published.min() { return first.year }
        let modified = record.aids.map(\.dates.modified) + record.events.map(\.dates.modified)
            + record.basins.map(\.dates.modified) + record.programmes.map(\.dates.modified)
            + record.news.map(\.dates.modified) + record.pages.map(\.dates.modified)
        return (modified.min() ?? record.lastModified).year
    }
}

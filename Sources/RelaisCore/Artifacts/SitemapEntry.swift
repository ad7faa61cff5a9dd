import RelaisFrench

/// One `<url>` of a sitemap, or one `<sitemap>` of a sitemap index: an absolute URL and its content date.
struct SitemapEntry: Sendable, Hashable {
    let url: String
    let lastModified: CalendarDate?
}

import RelaisFrench

extension AtomFeed {
    /// What is new or updated on the site, from the record.
    ///
    /// The rule: the news, aids and events, together, latest `dates.modified` first (then by site path), the
    /// `entryLimit` first. An aid or event whose text or dates are edited, with its `dateModified` moved, comes
    /// back to the top; closed aids and past events stay while they are among the most recent changes.
    ///
    /// Ids: `tag:<host>,<date>:<path>`, where the path is the page's path under the base URL and the date is
    /// the item's `datePublished`, else for news the date of its file name, else the site's year
    /// (`TagURI.siteYear`). Never `dateModified`, which changes at every edit and would make the edited item
    /// a new entry; so an author who adds `datePublished` to an item later changes its id once.
    init(record: RecordReader, entryLimit: Int = 50) {
        let site = record.site
        let urls = SiteURLs(baseURL: site.baseURL)
        let siteYear = String(TagURI.siteYear(of: record))
        let news = Labelled(code: "news", label: "Actualité")
        let aid = Labelled(code: "aid", label: "Aide")
        let event = Labelled(code: "event", label: "Événement")

        struct Candidate {
            let path: String, url: String, title: String, summary: String, kind: Labelled
            let dates: RecordDates
            /// A news item is published on its own date when `datePublished` does not say otherwise.
            let published: CalendarDate?
        }
        let candidates = record.news.map { Candidate(path: $0.path, url: $0.url.absolute, title: $0.title, summary: $0.summary, kind: news,
                                                     dates: $0.dates, published: $0.dates.published ?? $0.date) }
            + record.aids.map { Candidate(path: $0.path, url: $0.url.absolute, title: $0.title, summary: $0.promise, kind: aid,
                                          dates: $0.dates, published: $0.dates.published) }
            + record.events.map { Candidate(path: $0.path, url: $0.url.absolute, title: $0.title, summary: $0.summary, kind: event,
                                            dates: $0.dates, published: $0.dates.published) }
        let latest = candidates.sorted { ($0.dates.modified, $1.path) > ($1.dates.modified, $0.path) }.prefix(entryLimit)

        id = TagURI.make(host: site.host, date: siteYear, path: urls.link("/"))
        title = FrenchTypography.apply(site.title)
        subtitle = FrenchTypography.apply(site.description)
        // Only content dates: the latest entry's, or the site's last change when there is none.
        updated = ParisDateTime.startOfDay(latest.first?.dates.modified ?? record.lastModified)
        author = FrenchTypography.apply(site.publisher?.name ?? site.title)
        selfURL = urls.absolute(FeedPlanner.path)
        homeURL = urls.absolute("/")
        entries = latest.map { item in
            Entry(id: TagURI.make(host: site.host, date: item.published?.iso ?? siteYear, path: urls.link(item.path)),
                  title: FrenchTypography.apply(item.title), updated: ParisDateTime.startOfDay(item.dates.modified),
                  published: item.published.map(ParisDateTime.startOfDay), url: item.url,
                  summary: FrenchTypography.apply(item.summary), category: item.kind)
        }
    }
}

import RelaisFrench

/// The site at the build date, resolved and output-neutral: every page, data file, calendar, feed and index
/// is made from this value and from nothing else. References are resolved to what they name, the privacy rule
/// is applied, each aid has one status, dates are ISO, amounts exact, URLs absolute.
public struct SiteRecord: Sendable, Encodable {
    public let site: SiteInfo
    public let buildDate: CalendarDate
    /// The last `dateModified` of any content: what the site as a whole was last changed on. Kept out of `site`,
    /// which every output reads: only the outputs that show this date depend on it.
    public let lastModified: CalendarDate
    /// Every organisation, in French alphabetical order.
    public let organisations: [RecordOrganisation]
    /// Every published aid, by title.
    public let aids: [RecordAid]
    /// Every event, by start.
    public let events: [RecordEvent]
    public let basins: [RecordBasin]
    public let programmes: [RecordProgramme]
    /// Latest first.
    public let news: [RecordNews]
    public let pages: [RecordPage]
    /// Files under `media/`, relative to it.
    public let mediaFiles: [String]
    /// Where the Markdown texts of the items are read back from (`RichText`).
    let texts: RenderedTexts

    private let aidIndex: [String: Int]
    private let eventIndex: [String: Int]
    private let basinIndex: [String: Int]
    private let programmeIndex: [String: Int]
    private let organisationIndex: [String: Int]
    private let newsIndex: [String: Int]
    private let pageIndex: [String: Int]

    init(site: SiteInfo, buildDate: CalendarDate, lastModified: CalendarDate, organisations: [RecordOrganisation], aids: [RecordAid], events: [RecordEvent],
         basins: [RecordBasin], programmes: [RecordProgramme], news: [RecordNews], pages: [RecordPage], mediaFiles: [String],
         texts: RenderedTexts) {
        self.site = site
        self.buildDate = buildDate
        self.lastModified = lastModified
        self.organisations = organisations
        self.aids = aids
        self.events = events
        self.basins = basins
        self.programmes = programmes
        self.news = news
        self.pages = pages
        self.mediaFiles = mediaFiles
        self.texts = texts
        func index(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        aidIndex = index(aids.map(\.id))
        eventIndex = index(events.map(\.id))
        basinIndex = index(basins.map(\.id))
        programmeIndex = index(programmes.map(\.id))
        organisationIndex = index(organisations.map(\.id))
        newsIndex = index(news.map(\.id))
        pageIndex = index(pages.map(\.id))
    }

    enum CodingKeys: String, CodingKey {
        case site, buildDate, lastModified, organisations, aids, events, basins, programmes, news, pages, mediaFiles
    }

    public func aid(_ id: String) -> RecordAid? { aidIndex[id].map { aids[$0] } }
    /// What `read` takes from the aid of that id, or nil when there is none.
    func aid<T>(_ id: String, reading read: (RecordAid) -> T) -> T? { aidIndex[id].map { read(aids[$0]) } }
    public func event(_ id: String) -> RecordEvent? { eventIndex[id].map { events[$0] } }
    public func basin(_ id: String) -> RecordBasin? { basinIndex[id].map { basins[$0] } }
    public func programme(_ id: String) -> RecordProgramme? { programmeIndex[id].map { programmes[$0] } }
    public func organisation(_ id: String) -> RecordOrganisation? { organisationIndex[id].map { organisations[$0] } }
    public func page(_ id: String) -> RecordPage? { pageIndex[id].map { pages[$0] } }
    public func newsItem(_ id: String) -> RecordNews? { newsIndex[id].map { news[$0] } }

    /// Events not yet over on the build date, soonest first.
    public var upcomingEvents: [RecordEvent] { events.filter { !$0.isPast } }
    /// Events over before the build date, latest first.
    public var pastEvents: [RecordEvent] { events.filter(\.isPast).reversed() }
}

/// `site.yaml`, resolved.
public struct SiteInfo: Sendable, Encodable {
    public struct NavigationItem: Sendable, Hashable, Encodable {
        public let label: String
        /// A site path (`/aides/`) or an external URL, as written.
        public let path: String
        public let url: RecordURL
    }

    public let title: String
    public let description: String
    /// `https://guide.example.org/asso/`, always ending with a slash.
    public let baseURL: String
    /// The host of the base URL, lower-cased and without its port, for ids that must be unique worldwide (calendar
    /// UIDs, feed ids).
    public let host: String
    public let language: String
    public let publisher: OrganisationSummary?
    public let navigation: [NavigationItem]
    public let themes: [Labelled]
    public let accessibility: Labelled
    public let accessibilityAuditDate: CalendarDate?
    public let allowRawHtml: Bool
    public let closingSoonDays: Int
    /// `13 h 30` or `13h30`.
    public let timeStyle: String
    /// The header's logo, an image of `media/`, and its text alternative.
    public let logo: SiteLogo?
    public let favicon: RecordURL?
    /// The theme's colours with the site's brand colours.
    let palette: ThemePalette
}

public struct SiteLogo: Sendable, Hashable, Encodable {
    public let url: RecordURL
    public let alt: String
}

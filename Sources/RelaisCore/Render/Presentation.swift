import RelaisFrench

/// What every view-model builder shares: the site record, URLs, French formatting and the chrome.
/// Made once per build; `Sendable`, so pages are built from it in parallel. It reads the record only.
struct Presentation: Sendable {
    /// The record, through a reader that notes what each output reads.
    private(set) var record: RecordReader
    let urls: SiteURLs
    let french: FrenchFormatter
    /// Every aid's card, made once per build as pages ask for it: lists, basins, programmes and the home page all show them.
    private(set) var aidCards: AidCardMemo?
    /// The chrome of every page, made once; only the current menu entry changes from page to page.
    private let baseChrome: SiteChrome

    /// The theme's files by their published names (ThemeAssets): `relais.css` → `relais.3f2a9c1d04.css`.
    let assetNames: [String: String]

    init(record: SiteRecord, assets: [String: String] = [:]) {
        self.init(reader: RecordReader(record), assets: assets)
    }

    /// A presentation whose reads go to `reader`'s log.
    init(reader: RecordReader, assets: [String: String] = [:]) {
        let record = reader.record
        self.record = reader
        assetNames = assets
        urls = SiteURLs(baseURL: record.site.baseURL)
        french = FrenchFormatter(timeStyle: TimeStyle(rawValue: record.site.timeStyle) ?? .spaced)
        baseChrome = Self.makeChrome(record: record, urls: urls, assets: assets)
    }

    /// A presentation whose cards, shared by many pages, are made once each, when first asked for.
    static func prepared(record: SiteRecord, assets: [String: String] = [:]) async -> Presentation {
        var presentation = Presentation(record: record, assets: assets)
        presentation.aidCards = AidCardMemo()
        return presentation
    }

    /// The same presentation, noting in `log` every part of the record read through it.
    func recording(into log: ReadLog) -> Presentation {
        var copy = self
        copy.record = RecordReader(record.record, log: log)
        return copy
    }

    var site: SiteInfo { record.site }

    /// French typography on a plain text from the content (escaped later by the template).
    /// Pages pair straight quotes into « »; data files made through a presentation (the CSV) keep them as typed.
    var pairsQuotes = true
    func text(_ value: String) -> String { pairsQuotes ? FrenchTypography.applyForDisplay(value) : FrenchTypography.apply(value) }
    func text(_ value: String?) -> String? { value.map { text($0) } }

    func link(_ sitePath: String) -> String { urls.link(sitePath) }

    /// A theme file's link, under its published name.
    func asset(_ file: String) -> String { Self.asset(file, names: assetNames, urls: urls) }
    static func asset(_ file: String, names: [String: String], urls: SiteURLs) -> String { urls.link("/assets/" + (names[file] ?? file)) }

    /// A URL of the record as an `href`: pages and files of the site are linked under the base path.
    func href(_ url: RecordURL) -> String { url.sitePath.map(urls.link) ?? url.absolute }

    /// The free pages the footer links by their titles.
    static let footerPageIds = ["a-propos", "mentions-legales", "donnees-personnelles"]

    func chrome(section: String) -> SiteChrome {
        // The footer shows these pages' titles: every page reads them (made once, noted for each page).
        for id in Self.footerPageIds { _ = record.page(id) }
        let navigation = baseChrome.navigation.enumerated().map { index, link in
            NavigationLink(label: link.label, url: link.url, current: site.navigation[index].path == section)
        }
        return SiteChrome(title: baseChrome.title, homeURL: baseChrome.homeURL, stylesheetURL: baseChrome.stylesheetURL,
                          feedURL: baseChrome.feedURL, logo: baseChrome.logo, faviconURL: baseChrome.faviconURL, faviconType: baseChrome.faviconType,
                          navigation: navigation, hasNavigation: !navigation.isEmpty, accessibilityStatus: baseChrome.accessibilityStatus,
                          accessibilityURL: baseChrome.accessibilityURL, footerLinks: baseChrome.footerLinks,
                          publisherName: baseChrome.publisherName, description: baseChrome.description, searchURL: baseChrome.searchURL)
    }

    private static func makeChrome(record: SiteRecord, urls: SiteURLs, assets: [String: String]) -> SiteChrome {
        let site = record.site
        func text(_ value: String) -> String { FrenchTypography.apply(value) }
        func link(_ path: String) -> String { urls.link(path) }
        var footer: [Link] = []
        for id in footerPageIds {
            if let page = record.page(id) { footer.append(Link(label: text(page.title), url: link(page.path))) }
        }
        footer.append(Link(label: "Plan du site", url: link("/plan-du-site/")))
        footer.append(Link(label: "Contacts", url: link("/contacts/")))
        footer.append(Link(label: "Données ouvertes", url: link(OpenDataPlanner.folder)))
        return SiteChrome(
            title: text(site.title), homeURL: link("/"), stylesheetURL: asset(ThemeAssets.stylesheet, names: assets, urls: urls), feedURL: link(FeedPlanner.path),
            logo: site.logo.map { SiteChrome.Logo(url: $0.url.sitePath.map(link) ?? $0.url.absolute, alt: text($0.alt)) },
            faviconURL: site.favicon.map { $0.sitePath.map(link) ?? $0.absolute },
            faviconType: site.favicon.map { SiteChrome.mediaType(ofImage: $0.absolute) },
            navigation: site.navigation.map { item in
                NavigationLink(label: text(item.label), url: item.url.sitePath.map(link) ?? item.url.absolute, current: false)
            },
            hasNavigation: !site.navigation.isEmpty,
            accessibilityStatus: site.accessibility.label,
            accessibilityURL: link(SiteURLs.path(of: .page, id: "accessibilite")),
            footerLinks: footer,
            publisherName: text(site.publisher?.name ?? site.title),
            description: text(site.description),
            searchURL: link(searchPath))
    }

    /// Metadata of a page at `path`; `trail` lists the ancestors below home. `structuredData` are the page's
    /// own schema.org nodes; a page below home also gets its `BreadcrumbList`, named with `plainTitle` (the
    /// content's title without French typography, which machine-read data does not take) when given.
    func meta(title: String, description: String, path: String, trail: [Link] = [], section: String = "",
              openGraphType: String = "website", noindex: Bool = false,
              structuredData: [String?] = [], plainTitle: String? = nil) -> PageMeta {
        let isHome = path == "/"
        let breadcrumb = isHome ? [] : [Link(label: "Accueil", url: link("/"))] + trail
        let siteTitle = text(site.title)
        var blocks = structuredData
        // A page left out of search engines (404) has no place in a trail either.
        if !isHome && !noindex {
            let items = breadcrumb.map { (name: $0.label, url: urls.absolute(link: $0.url)) } + [(name: plainTitle ?? title, url: urls.absolute(path))]
            blocks.append(JSONLDWriter.block(SchemaOrg.BreadcrumbList(items)))
        }
        return PageMeta(
            title: title, documentTitle: isHome ? siteTitle : "\(title) – \(siteTitle)",
            description: description, canonicalURL: urls.absolute(path), openGraphType: openGraphType,
            breadcrumb: breadcrumb, hasBreadcrumb: !breadcrumb.isEmpty, section: section, noindex: noindex,
            jsonLD: blocks.compactMap { $0.map(StructuredDataBlock.init) })
    }

    func page<Body: ViewModel>(_ meta: PageMeta, _ body: Body) -> PageViewModel<Body> {
        PageViewModel(site: chrome(section: meta.section), page: meta, body: body)
    }

    /// `<time datetime="2022-12-01">1<sup>er</sup> décembre 2022</time>`
    func timeHTML(_ date: CalendarDate, weekday: Bool = false) -> String {
        "<time datetime=\"\(date.iso)\">\(french.dateHTML(date, weekday: weekday))</time>"
    }

    func itemLink(_ item: ItemSummary) -> Link { Link(label: text(item.title), url: href(item.url)) }

    func organisationLink(_ organisation: OrganisationSummary) -> Link {
        Link(label: text(organisation.name), url: href(organisation.url))
    }
}

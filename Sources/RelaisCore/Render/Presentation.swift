import RelaisFrench

/// What every view-model builder shares: the site graph, URLs, French formatting, Markdown and the chrome.
/// Made once per build; `Sendable`, so pages are built from it in parallel.
struct Presentation: Sendable {
    let graph: SiteGraph
    let urls: SiteURLs
    let french: FrenchFormatter
    let markdown: MarkdownBodies
    /// Names of territory codes given by the content (basins, intercommunalities, communes).
    let territoryNames: [String: String]
    /// Every aid's card, made once per build: lists, basins, programmes and the home page all show them.
    private(set) var aidCards: [String: AidCard] = [:]
    /// The chrome of every page, made once; only the current menu entry changes from page to page.
    private let baseChrome: SiteChrome

    /// `reservedIds`: the ids the templates write themselves, kept out of Markdown heading ids.
    /// `files`: every page and file the build writes, to check links to site paths.
    init(graph: SiteGraph, reservedIds: Set<String> = [], files: SiteFiles) {
        self.graph = graph
        urls = SiteURLs(baseURL: graph.site.baseURL)
        french = FrenchFormatter(timeStyle: graph.site.timeStyle)
        markdown = MarkdownBodies(graph: graph, urls: urls, reservedIds: reservedIds, files: files)
        territoryNames = Territories.known(in: graph.content)
        baseChrome = Self.makeChrome(graph: graph, urls: urls)
    }

    /// A presentation with the cards shared by many pages made beforehand, on all cores.
    static func prepared(graph: SiteGraph, reservedIds: Set<String>, files: SiteFiles) async -> Presentation {
        var presentation = Presentation(graph: graph, reservedIds: reservedIds, files: files)
        let base = presentation
        let ids = graph.sortedAidIDs
        let cards = await ids.parallelMap { base.makeAidCard($0) }
        presentation.aidCards = Dictionary(uniqueKeysWithValues: zip(ids, cards).compactMap { id, card in card.map { (id, $0) } })
        return presentation
    }

    var site: SiteConfig { graph.site }

    /// French typography on a plain text from the content (escaped later by the template).
    func text(_ value: String) -> String { FrenchTypography.apply(value) }
    func text(_ value: String?) -> String? { value.map(FrenchTypography.apply) }

    func link(_ sitePath: String) -> String { urls.link(sitePath) }

    /// A content URL as an `href`: site paths get the base path.
    func href(_ url: ContentURL) -> String { url.kind == .sitePath ? urls.link(url.value) : url.value }

    func territoryName(_ code: TerritoryCode) -> String { Territories.name(of: code, known: territoryNames) }

    func chrome(section: String) -> SiteChrome {
        let navigation = baseChrome.navigation.enumerated().map { index, link in
            NavigationLink(label: link.label, url: link.url, current: site.navigation[index].path == section)
        }
        return SiteChrome(title: baseChrome.title, homeURL: baseChrome.homeURL, stylesheetURL: baseChrome.stylesheetURL,
                          navigation: navigation, hasNavigation: !navigation.isEmpty, accessibilityStatus: baseChrome.accessibilityStatus,
                          accessibilityURL: baseChrome.accessibilityURL, footerLinks: baseChrome.footerLinks,
                          publisherName: baseChrome.publisherName, description: baseChrome.description)
    }

    private static func makeChrome(graph: SiteGraph, urls: SiteURLs) -> SiteChrome {
        let site = graph.site
        func text(_ value: String) -> String { FrenchTypography.apply(value) }
        func link(_ path: String) -> String { urls.link(path) }
        let pages = Dictionary(graph.content.pages.map { ($0.id, $0.front.title) }, uniquingKeysWith: { first, _ in first })
        var footer: [Link] = []
        for id in ["a-propos", "mentions-legales", "donnees-personnelles"] {
            if let title = pages[id] { footer.append(Link(label: text(title), url: link(SiteURLs.path(of: .page, id: id)))) }
        }
        footer.append(Link(label: "Plan du site", url: link("/plan-du-site/")))
        footer.append(Link(label: "Contacts", url: link("/contacts/")))
        return SiteChrome(
            title: text(site.title), homeURL: link("/"), stylesheetURL: link("/assets/relais.css"),
            navigation: site.navigation.map { item in
                NavigationLink(label: text(item.label), url: item.path.hasPrefix("/") ? link(item.path) : item.path, current: false)
            },
            hasNavigation: !site.navigation.isEmpty,
            accessibilityStatus: site.accessibility.status.label,
            accessibilityURL: link(SiteURLs.path(of: .page, id: "accessibilite")),
            footerLinks: footer,
            publisherName: text(graph.organisations[site.publisher.id]?.name ?? site.title),
            description: text(site.description))
    }

    /// Metadata of a page at `path`; `trail` lists the ancestors below home.
    func meta(title: String, description: String, path: String, trail: [Link] = [], section: String = "",
              openGraphType: String = "website", noindex: Bool = false) -> PageMeta {
        let isHome = path == "/"
        let breadcrumb = isHome ? [] : [Link(label: "Accueil", url: link("/"))] + trail
        let siteTitle = text(site.title)
        return PageMeta(
            title: title, documentTitle: isHome ? siteTitle : "\(title) – \(siteTitle)",
            description: description, canonicalURL: urls.absolute(path), openGraphType: openGraphType,
            breadcrumb: breadcrumb, hasBreadcrumb: !breadcrumb.isEmpty, section: section, noindex: noindex)
    }

    func page<Body: Sendable>(_ meta: PageMeta, _ body: Body) -> PageViewModel<Body> {
        PageViewModel(site: chrome(section: meta.section), page: meta, body: body)
    }

    /// The Markdown body of a content file as HTML; its problems are added to `diagnostics`.
    func html<Front>(bodyOf file: ContentFile<Front>, reservedIds: Set<String> = [], diagnostics: inout [Diagnostic]) -> String {
        markdown.render(file.body, file: file.path, folder: folder(of: file), line: file.bodyLine,
                        placement: .init(reservedIds: reservedIds), diagnostics: &diagnostics).html
    }

    /// A Markdown field of the front matter (eligibility, axes), placed on its page by `placement`.
    func html<Front>(_ field: MarkdownField, of file: ContentFile<Front>, placement: MarkdownBodies.Placement,
                     diagnostics: inout [Diagnostic]) -> String {
        markdown.render(field.text, file: file.path, folder: folder(of: file), line: field.line, columnOffset: field.columnOffset,
                        placement: placement, diagnostics: &diagnostics).html
    }

    private func folder<Front>(of file: ContentFile<Front>) -> String {
        String(file.path.split(separator: "/").dropLast().last ?? "")
    }

    /// `<time datetime="2022-12-01">1<sup>er</sup> décembre 2022</time>`
    func timeHTML(_ date: CalendarDate, weekday: Bool = false) -> String {
        "<time datetime=\"\(date.iso)\">\(french.dateHTML(date, weekday: weekday))</time>"
    }

    func programmeLink(_ reference: Reference) -> Link? {
        graph.programmes[reference.id].map { Link(label: text($0.front.name), url: link(SiteURLs.path(of: .programme, id: reference.id))) }
    }

    func basinLink(_ reference: Reference) -> Link? {
        graph.basins[reference.id].map { Link(label: text($0.front.name), url: link(SiteURLs.path(of: .basin, id: reference.id))) }
    }

    func organisationLink(_ id: String) -> Link? {
        guard let organisation = graph.organisations[id] else { return nil }
        return Link(label: text(organisation.name), url: link("/contacts/") + "#" + Self.organisationAnchor(id))
    }
}

extension String {
    /// Escapes text for HTML built by Relais itself (most text goes through the templates' escaping instead).
    var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

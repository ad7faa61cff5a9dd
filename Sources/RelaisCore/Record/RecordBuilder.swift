import Foundation
import RelaisFrench

/// A link written in the content to a site path or to an anchor of other content, checked once the site is planned.
struct SiteLink: Sendable, Hashable {
    enum Origin: Sendable, Hashable { case markdown, field, menu }
    /// `/aides/`, `/media/f.pdf`, `/aides/x/#montants`
    let target: String
    let location: SourceLocation
    var origin: Origin = .markdown
}

/// Makes the site record from the resolved graph: the last step that reads raw content. Markdown is rendered
/// here, once, so its broken links are reported before anything is planned or rendered.
struct RecordBuilder: Sendable {
    let graph: SiteGraph
    let urls: SiteURLs
    let markdown: MarkdownBodies
    let territoryNames: [String: String]
    /// Ids the templates write themselves, kept out of Markdown heading ids.
    let reservedIds: Set<String>
    let summaries: [String: OrganisationSummary]
    /// Contact id → the contact as published, nil for one that may not be (`publishedContact`).
    private let publishedContacts: [String: PublishedContact?]
    /// Each aid's title, path and URL, made once: its record and every aid or event listing it share these strings
    /// instead of making them again (40,000 paths and URLs for the related aids of 10,000 aids).
    private let aidSummaries: [String: ItemSummary]
    /// The texts the last build rendered, and the salt of this build's keys.
    let memo: MarkdownMemo?
    let memoSalt: StableHash
    /// Where the rendered texts are kept: the record holds their places.
    let texts: RenderedTexts

    init(graph: SiteGraph, reservedIds: Set<String>, memo: MarkdownMemo? = nil) {
        self.graph = graph
        self.memo = memo
        texts = memo?.texts ?? RenderedTexts(memo: nil)
        self.reservedIds = reservedIds
        let urls = SiteURLs(baseURL: graph.site.baseURL)
        self.urls = urls
        let markdown = MarkdownBodies(content: graph.content, urls: urls, reservedIds: reservedIds, staleAids: ContentAgeCheck.staleAids(graph),
                                      inspectsOnly: memo?.keepsTexts == false)
        self.markdown = markdown
        memoSalt = memo == nil ? StableHash() : markdown.memoSalt
        territoryNames = Territories.known(in: graph.content)
        var summaries: [String: OrganisationSummary] = [:]
        for organisation in graph.content.organisations where summaries[organisation.id] == nil {
            summaries[organisation.id] = OrganisationSummary(
                id: organisation.id, name: organisation.name, acronym: organisation.acronym, siren: organisation.siren,
                kind: Labelled(organisation.kind, label: organisation.kind.label),
                website: organisation.url.map { Self.recordURL($0, urls: urls) },
                url: Self.pageURL(urls, "/contacts/", fragment: RecordBuilder.organisationAnchor(organisation.id)))
        }
        self.summaries = summaries
        publishedContacts = Self.publishedContacts(graph, summaries: summaries, urls: urls)
        var aidSummaries: [String: ItemSummary] = [:]
        aidSummaries.reserveCapacity(graph.content.aids.count)
        // The first file of an id, as `graph.aid(_:)` finds it.
        graph.content.aids.withUnsafeBufferPointer { files in
            for index in files.indices where aidSummaries[files[index].id] == nil {
                let id = files[index].id
                aidSummaries[id] = ItemSummary(kind: .aid, id: id, title: files[index].front.title,
                                               url: Self.pageURL(urls, SiteURLs.path(of: .aid, id: id)))
            }
        }
        self.aidSummaries = aidSummaries
    }

    /// What one item's build produced besides the item.
    struct Findings: Sendable {
        var diagnostics: [Diagnostic] = []
        var siteLinks: [SiteLink] = []
        static func + (lhs: Findings, rhs: Findings) -> Findings {
            Findings(diagnostics: lhs.diagnostics + rhs.diagnostics, siteLinks: lhs.siteLinks + rhs.siteLinks)
        }
    }

    /// The record, with the problems its Markdown has and the site links it makes, on all cores.
    func build() async -> (SiteRecord, Findings) {
        let content = graph.content
        // By id, each file read in place: an array of the files would copy every one (11 MB at 10,000 aids).
        let aids = await graph.sortedAidIDs.parallelMap { id in self.graph.aid(id).map { self.aid($0) } }.compactMap { $0 }
        let eventFiles = graph.content.events.sorted { ($0.front.start, $0.id) < ($1.front.start, $1.id) }
        let events = await eventFiles.parallelMap { self.event($0) }
        let basins = await content.basins.sortedFrench { $0.front.name + " " + $0.id }.parallelMap { self.basin($0) }
        let programmes = await content.programmes.sortedFrench { $0.front.name + " " + $0.id }.parallelMap { self.programme($0) }
        let news = await graph.sortedNews.parallelMap { self.news($0) }
        let pages = await content.pages.sortedFrench { $0.front.title + " " + $0.id }.parallelMap { self.page($0) }
        let organisations = content.organisations.sortedFrench { $0.name + " " + $0.id }.compactMap(organisation)
        let findings = (aids.map(\.1) + events.map(\.1) + basins.map(\.1) + programmes.map(\.1) + news.map(\.1) + pages.map(\.1))
            .reduce(Findings(siteLinks: fieldLinks()), +)
        let record = SiteRecord(
            site: siteInfo(), buildDate: graph.buildDate, lastModified: lastModified(), organisations: organisations,
            aids: aids.map(\.0), events: events.map(\.0), basins: basins.map(\.0), programmes: programmes.map(\.0),
            news: news.map(\.0), pages: pages.map(\.0), mediaFiles: content.mediaFiles.sorted(), texts: texts)
        return (record, findings)
    }

    // MARK: Shared values

    static func organisationAnchor(_ id: String) -> String { "organisation--" + id }
    /// Anchors built with `--`, which ids and Markdown heading ids never contain, so they cannot collide with them.
    /// Split and joined rather than Foundation's `replacingOccurrences`, which bridges every id through NSString:
    /// 2 % of `relais check` at 10,000 aids, for ids that mostly hold no slash.
    static func contactAnchor(_ id: String) -> String {
        guard id.utf8.contains(UInt8(ascii: "/")) else { return "contact-" + id }
        return "contact-" + id.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "--")
    }
    static func indicatorAnchor(_ id: String) -> String { "indicateur-" + id }

    /// Every id the basin page writes for an indicator: its section and heading (basin.mustache), its chart's title,
    /// description and patterns (ChartData). A heading of the body must take none of them.
    static func indicatorIds(_ id: String) -> [String] {
        let anchor = indicatorAnchor(id), chart = ChartData.idPrefix(forIndicator: id)
        return [anchor, anchor + "-titre", chart, chart + "-titre", chart + "-description"]
            + ChartData.Status.allCases.map { "\(chart)-motif-\($0.rawValue)" }
    }

    static func pageURL(_ urls: SiteURLs, _ path: String, fragment: String? = nil) -> RecordURL {
        let suffix = fragment.map { "#" + $0 } ?? ""
        return RecordURL(absolute: urls.absolute(path) + suffix, sitePath: path + suffix)
    }

    func pageURL(_ path: String) -> RecordURL { Self.pageURL(urls, path) }

    static func recordURL(_ url: ContentURL, urls: SiteURLs) -> RecordURL {
        url.kind == .sitePath ? RecordURL(absolute: urls.absolute(url.value), sitePath: url.value) : RecordURL(absolute: url.value, sitePath: nil)
    }

    func recordURL(_ url: ContentURL) -> RecordURL { Self.recordURL(url, urls: urls) }

    func territory(_ code: TerritoryCode) -> NamedTerritory {
        let kind = switch code.kind {
        case .region: "region"
        case .department: "department"
        case .epci: "epci"
        case .commune: "commune"
        case .employmentZone: "employmentZone"
        case .basin: "basin"
        case .france: "country"
        case .europe: "europe"
        }
        return NamedTerritory(code: code.code, kind: kind, name: Territories.name(of: code, known: territoryNames))
    }

    func organisationName(_ reference: Reference) -> String { summaries[reference.id]?.name ?? reference.id }

    func source(_ source: Source) -> RecordSource {
        RecordSource(organisationName: organisationName(source.organisation), organisation: summaries[source.organisation.id],
                     title: source.title, url: source.url.map(recordURL), date: source.date)
    }

    func dates(_ meta: ContentMeta) -> RecordDates { RecordDates(modified: meta.dateModified, published: meta.datePublished) }

    func summary(_ kind: ContentKind, _ id: String) -> ItemSummary? {
        if kind == .aid { return aidSummaries[id] }
        let title: String? = switch kind {
        case .aid: nil
        case .event: graph.events[id]?.front.title
        case .basin: graph.basins[id]?.front.name
        case .programme: graph.programmes[id]?.front.name
        case .news: graph.sortedNews.first { $0.id == id }?.front.title
        case .page: graph.content.pages.first { $0.id == id }?.front.title
        }
        return title.map { ItemSummary(kind: kind, id: id, title: $0, url: pageURL(SiteURLs.path(of: kind, id: id))) }
    }

    /// A contact as it may be published, or nil for a person who did not consent (`publishedContacts`).
    func publishedContact(_ id: String) -> PublishedContact? { publishedContacts[id] ?? nil }

    /// Every contact as it may be published, made once: the one place the privacy rule is applied. Each aid names
    /// its organisation's contacts again; made per aid, they were a tenth of the record.
    private static func publishedContacts(_ graph: SiteGraph, summaries: [String: OrganisationSummary], urls: SiteURLs) -> [String: PublishedContact?] {
        var published: [String: PublishedContact?] = [:]
        for (id, contact) in graph.contacts {
            guard contact.kind == .service || contact.consentToPublish else {
                published[id] = .some(nil)
                continue
            }
            let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let organisation = summaries[parts[0]] else {
                published[id] = .some(nil)
                continue
            }
            let phone = contact.phone.flatMap { number in
                FrenchFormatter().phone(e164: number.e164).map { PublishedPhone(e164: number.e164, display: $0.display, href: $0.href) }
            }
            published[id] = PublishedContact(id: id, localId: parts[1], organisation: organisation, kind: contact.kind.rawValue, name: contact.name,
                                             role: contact.role, email: contact.email?.value, phone: phone,
                                             url: contact.url.map { recordURL($0, urls: urls) }, address: contact.address)
        }
        return published
    }

    /// A Markdown text of `file`, rendered for its place on the item's page.
    func richText<Front>(_ source: ContentBody, of file: ContentFile<Front>, line: Int, columnOffset: Int = 0,
                         placement: MarkdownBodies.Placement = .init(), findings: inout Findings) -> RichText {
        let folder = String(file.path.split(separator: "/").dropLast().last ?? "")
        let key: UInt64? = if let memo, memo.usesKeys {
            MarkdownBodies.memoKey(salt: memoSalt, text: source, file: file.path, line: line, columnOffset: columnOffset, placement: placement)
        } else {
            nil
        }
        if let key, let entry = memo?.reuse(key) {
            findings.diagnostics += entry.diagnostics
            findings.siteLinks += entry.siteLinks
            return entry.text
        }
        guard let text = source.text() else {
            findings.diagnostics.append(Diagnostic(step: .validate, at: SourceLocation(file: file.path, line: line),
                                                   "Le fichier n'a pas pu être relu tel qu'il a été chargé : il a changé pendant la génération, ou n'est plus lisible.",
                                                   hint: "Relancez la génération une fois le fichier enregistré (et lisible)."))
            return RichText(html: "", text: "", headingIds: [], headingTexts: [])
        }
        var found = Findings()
        let rendered = markdown.render(text, file: file.path, folder: folder, line: line, columnOffset: columnOffset,
                                       placement: placement, diagnostics: &found.diagnostics, siteLinks: &found.siteLinks)
        let headingIds = rendered.headings.map(\.id)
        let headingTexts = rendered.headings.filter { $0.level >= 2 }.map(\.text)
        // The rendered strings are let go of on return: the record keeps where they are.
        let richText = if let memo {
            memo.note(key, html: rendered.html, text: rendered.plainText, headingIds: headingIds, headingTexts: headingTexts, diagnostics: found.diagnostics, siteLinks: found.siteLinks)
        } else {
            MarkdownMemo.keep(html: rendered.html, text: rendered.plainText, headingIds: headingIds, headingTexts: headingTexts, diagnostics: found.diagnostics,
                              siteLinks: found.siteLinks, in: texts).0
        }
        findings.diagnostics += found.diagnostics
        findings.siteLinks += found.siteLinks
        return richText
    }

    func body<Front>(of file: ContentFile<Front>, reservedIds: Set<String> = [], datedOn: CalendarDate? = nil, findings: inout Findings) -> RichText {
        richText(file.body, of: file, line: file.bodyLine, placement: .init(reservedIds: reservedIds, datedOn: datedOn), findings: &findings)
    }

    func field<Front>(_ field: MarkdownField, of file: ContentFile<Front>, placement: MarkdownBodies.Placement, findings: inout Findings) -> RichText {
        richText(ContentBody(field.text), of: file, line: field.line, columnOffset: field.columnOffset, placement: placement, findings: &findings)
    }

    // MARK: Site and organisations

    /// The last `dateModified` of any content.
    func lastModified() -> CalendarDate {
        let content = graph.content
        let allDates = content.aids.map(\.meta.dateModified) + content.events.map(\.meta.dateModified)
            + content.basins.map(\.meta.dateModified) + content.programmes.map(\.meta.dateModified)
            + content.news.map(\.meta.dateModified) + content.pages.map(\.meta.dateModified)
        return allDates.max() ?? graph.buildDate
    }

    func siteInfo() -> SiteInfo {
        let site = graph.site
        // Lower-cased and without a port: calendar UIDs and feed tag ids name a domain.
        let host = BaseURL.host(of: urls.baseURL)
        return SiteInfo(
            title: site.title, description: site.description, baseURL: urls.baseURL, host: host, language: site.language,
            publisher: summaries[site.publisher.id],
            navigation: site.navigation.map { item in
                SiteInfo.NavigationItem(label: item.label, path: item.path,
                                        url: item.path.hasPrefix("/") ? pageURL(item.path) : RecordURL(absolute: item.path, sitePath: nil))
            },
            themes: site.themes.map { Labelled(code: $0.id, label: $0.label) },
            accessibility: Labelled(site.accessibility.status, label: site.accessibility.status.label),
            accessibilityAuditDate: site.accessibility.auditDate, allowRawHtml: site.allowRawHtml,
            closingSoonDays: site.closingSoonDays, timeStyle: site.timeStyle.rawValue,
            logo: site.logo.map { SiteLogo(url: Self.recordURL($0.src, urls: urls), alt: $0.alt) },
            favicon: site.favicon.map { Self.recordURL($0, urls: urls) }, palette: site.palette)
    }

    func organisation(_ organisation: Organisation) -> RecordOrganisation? {
        guard let summary = summaries[organisation.id] else { return nil }
        return RecordOrganisation(summary: summary, contacts: organisation.contacts.compactMap { publishedContact($0.id) },
                                  aidIds: graph.aidsByOrganisation[organisation.id] ?? [])
    }
}

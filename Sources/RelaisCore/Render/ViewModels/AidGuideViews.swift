import RelaisFrench

/// A page of the aid guide: `/aides/`, `/aides/cloturees/`, `/aides/type/pret/`, and their following pages.
struct AidGuideBody: ViewModel {
    let title: String
    let intro: String
    /// "12 aides", "1 aide clôturée": announced as a status.
    let count: String
    let cards: [AidCard]
    let hasCards: Bool
    let pagination: Pagination?
    let facets: [FacetGroup]
    let hasFacets: Bool
    /// Back to the whole guide, from a facet or the closed aids.
    let guideLink: Link?
    /// To the closed aids, from the guide.
    let closedLink: Link?
    /// On the guide's first page: the form the filter script shows, which the page works without.
    let filter: AidFilterForm?
    /// On the guide's first page: the printable guide.
    let bookletLink: Link?
}

/// The guide's filter form: a list per facet and a text field, shown by `assets/filtre.js`, which reads the
/// aids from `indexURL` and keeps the choices in the address.
struct AidFilterForm: ViewModel {
    let indexURL: String
    let scriptURL: String
    let lists: [FilterField]
}

struct FilterField: ViewModel {
    /// The parameter in the address: `type`, `public`, `theme`, `territoire`, `statut`.
    let name: String
    let label: String
    let options: [FilterOption]
}

struct FilterOption: ViewModel {
    let value: String
    let label: String
}

/// "Page 2 sur 7", with the previous and next pages and a link to each page.
struct Pagination: ViewModel {
    let label: String
    let previous: Link?
    let next: Link?
    let pages: [PageNumberLink]
}

struct PageNumberLink: ViewModel {
    let label: String
    let url: String
    let current: Bool
    /// "…" between page numbers left out.
    let gap: Bool
}

/// The values of one facet, each a link to its page with its count.
struct FacetGroup: ViewModel {
    let title: String
    let links: [FacetLink]
    /// Shown unfolded: it holds the page's own facet value.
    let open: Bool
}

struct FacetLink: ViewModel {
    let label: String
    let url: String
    /// "(4)"
    let count: String
    let current: Bool
}

extension Presentation {
    /// "0 aide", "1 aide", "2 aides" (and the adjective, agreeing).
    static func aidCount(_ count: Int, _ adjective: String = "") -> String {
        let plural = count > 1 ? "s" : ""
        return "\(count) aide\(plural)" + (adjective.isEmpty ? "" : " \(adjective)\(plural)")
    }

    func aidGuidePage(_ listing: AidListing, index: AidGuideIndex) -> PageViewModel<AidGuideBody> {
        // Which aids the page shows, in which order, and the facet counts: the guide's listings. Each card reads its aid.
        record.depends(on: .aidGuide)
        let cards = listing.aidIds.compactMap(aidCard)
        let guide = Link(label: "Toutes les aides", url: link(AidGuidePlanner.basePath))
        let (heading, intro, count): (String, String, String) = switch listing.scope {
        case .current:
            ("Les aides", text("Les aides ouvertes ou à venir pour les entreprises, les porteurs de projets et les demandeurs d’emploi du territoire, à la date du \(french.date(record.buildDate))."),
             Self.aidCount(listing.totalCount))
        case .closed:
            ("Aides clôturées", text("Ces aides ne reçoivent plus de demandes ; elles restent décrites pour mémoire."),
             Self.aidCount(listing.totalCount, "clôturée"))
        case .facet(let facet, let value):
            (text("\(facet.title) : \(value.label)"), text("Les aides ouvertes ou à venir \(facet.phrase(value.label))."),
             Self.aidCount(listing.totalCount))
        }
        let pageSuffix = listing.pageCount > 1 ? " – page \(listing.pageNumber) sur \(listing.pageCount)" : ""
        let body = AidGuideBody(
            title: heading, intro: intro, count: count, cards: cards, hasCards: !cards.isEmpty,
            pagination: pagination(listing), facets: facetGroups(index, current: listing.basePath), hasFacets: !index.entries.isEmpty,
            guideLink: listing.scope == .current ? nil : guide,
            closedLink: listing.scope == .current && index.closedCount > 0
                ? Link(label: "Aides clôturées (\(index.closedCount))", url: link(AidGuidePlanner.closedPath)) : nil,
            filter: listing.scope == .current && listing.pageNumber == 1 && index.currentCount > 0 ? filterForm(index) : nil,
            bookletLink: listing.scope == .current && listing.pageNumber == 1 && index.currentCount > 0
                ? Link(label: "Le guide complet, à imprimer", url: link(AidGuidePlanner.bookletPath)) : nil)
        let trail = listing.scope == .current && listing.pageNumber == 1 ? [] : [Link(label: "Les aides", url: link(AidGuidePlanner.basePath))]
        var meta = meta(title: heading + pageSuffix, description: text("\(heading) : \(count) à la date du \(french.date(record.buildDate))."),
                        path: listing.path, trail: trail, section: AidGuidePlanner.basePath)
        linkNeighbours(of: listing, in: &meta)
        return page(meta, body)
    }

    /// `<link rel="prev">` and `rel="next"` of a page of a listing.
    func linkNeighbours(of listing: AidListing, in meta: inout PageMeta) {
        meta.previousURL = listing.pageNumber > 1 ? link(AidListing.path(listing.basePath, page: listing.pageNumber - 1)) : nil
        meta.nextURL = listing.pageNumber < listing.pageCount ? link(AidListing.path(listing.basePath, page: listing.pageNumber + 1)) : nil
    }

    /// "Page 2 sur 7" (or "Partie 2 sur 3" for the printed guide), with the previous and next pages and the numbers.
    func pagination(_ listing: AidListing, unit: String = "Page", previous: String = "Page précédente", next: String = "Page suivante") -> Pagination? {
        guard listing.pageCount > 1 else { return nil }
        func url(_ number: Int) -> String { link(AidListing.path(listing.basePath, page: number)) }
        return Pagination(
            label: "\(unit) \(listing.pageNumber) sur \(listing.pageCount)",
            previous: listing.pageNumber > 1 ? Link(label: previous, url: url(listing.pageNumber - 1)) : nil,
            next: listing.pageNumber < listing.pageCount ? Link(label: next, url: url(listing.pageNumber + 1)) : nil,
            pages: Self.shownPageNumbers(listing.pageNumber, of: listing.pageCount).map { number in
                guard let number else { return PageNumberLink(label: "…", url: "", current: false, gap: true) }
                return PageNumberLink(label: "\(number)", url: url(number), current: number == listing.pageNumber, gap: false)
            })
    }

    /// The first and last pages and two on each side of the current one; nil where numbers are left out.
    static func shownPageNumbers(_ current: Int, of count: Int) -> [Int?] {
        var shown: [Int?] = []
        for number in 1...max(1, count) where number == 1 || number == count || abs(number - current) <= 2 {
            if let last = shown.last ?? nil, number > last + 1 { shown.append(nil) }
            shown.append(number)
        }
        return shown
    }

    private func filterForm(_ index: AidGuideIndex) -> AidFilterForm {
        AidFilterForm(
            indexURL: link(AidFilterIndex.path), scriptURL: asset("filtre.js"),
            lists: AidFacet.allCases.compactMap { facet in
                let options = index.entries.filter { $0.facet == facet }.map { FilterOption(value: $0.value.slug, label: text($0.value.label)) }
                return options.isEmpty ? nil : FilterField(name: facet.segment, label: facet.title, options: options)
            })
    }

    private func facetGroups(_ index: AidGuideIndex, current: String) -> [FacetGroup] {
        AidFacet.allCases.compactMap { facet in
            let links = index.entries.filter { $0.facet == facet }.map {
                FacetLink(label: text($0.value.label), url: link($0.path), count: "(\($0.count))", current: $0.path == current)
            }
            return links.isEmpty ? nil : FacetGroup(title: facet.title, links: links, open: links.contains(where: \.current))
        }
    }
}

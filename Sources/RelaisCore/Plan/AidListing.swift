import RelaisFrench

/// One page of the aid guide: the current aids, the closed ones, or the current aids of one facet value
/// (`/aides/type/pret/`), 50 cards a page. Planned from the record; the page shows the aids whose ids it holds.
struct AidListing: Sendable, Hashable {
    enum Scope: Sendable, Hashable {
        /// Every aid that is not closed: `/aides/`.
        case current
        /// `/aides/cloturees/`
        case closed
        /// The current aids with one value of a facet: `/aides/type/pret/`.
        case facet(AidFacet, value: AidFacet.Value)
    }

    static let pageSize = 50

    let scope: Scope
    /// The listing's first page: `/aides/type/pret/`.
    let basePath: String
    /// From 1.
    let pageNumber: Int
    let pageCount: Int
    /// The aids of the whole listing, in order, and those of this page.
    let totalCount: Int
    let aidIds: [String]

    var path: String { Self.path(basePath, page: pageNumber) }

    /// `/aides/` for page 1, `/aides/page/2/` after.
    static func path(_ basePath: String, page: Int) -> String {
        page <= 1 ? basePath : "\(basePath)page/\(page)/"
    }
}

/// A way to narrow the guide: by aid type, audience, theme, territory or status.
enum AidFacet: String, Sendable, Hashable, CaseIterable {
    case type, audience, theme, territory, status

    /// One value of a facet, as the guide names it.
    struct Value: Sendable, Hashable {
        /// The slug in addresses: `pret`, `val-de-marne-94`.
        let slug: String
        let label: String
    }

    /// The folder under `/aides/`, in French.
    var segment: String {
        switch self {
        case .type: "type"
        case .audience: "public"
        case .theme: "theme"
        case .territory: "territoire"
        case .status: "statut"
        }
    }

    /// "Type d’aide", as a heading over the facet's values.
    var title: String {
        switch self {
        case .type: "Type d’aide"
        case .audience: "Public"
        case .theme: "Thème"
        case .territory: "Territoire"
        case .status: "Statut"
        }
    }

    /// How a sentence names the aids of one value: "de type « Prêt »".
    func phrase(_ label: String) -> String {
        switch self {
        case .type: "de type « \(label) »"
        case .audience: "destinées au public « \(label) »"
        case .theme: "sur le thème « \(label) »"
        case .territory: "sur le territoire « \(label) »"
        case .status: "au statut « \(label) »"
        }
    }

    /// The values an aid has on this facet.
    func values(of aid: RecordAid) -> [Value] {
        switch self {
        case .type: aid.aidTypes.map { Value(slug: FrenchFolding.slug($0.label), label: $0.label) }
        case .audience: aid.audiences.map { Value(slug: FrenchFolding.slug($0.label), label: $0.label) }
        case .theme: aid.themes.map { Value(slug: FrenchFolding.slug($0.label), label: $0.label) }
        case .territory: aid.territories.map { Value(slug: FrenchFolding.slug($0.name), label: $0.name) }
        case .status: [Value(slug: FrenchFolding.slug(aid.status.label), label: aid.status.label)]
        }
    }
}

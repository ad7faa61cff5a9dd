import RelaisFrench

/// The content after validation: every reference resolved, computed facts attached. Immutable and `Sendable`,
/// so that pages render from it in parallel.
public struct SiteGraph: Sendable {
    public let content: ContentSet
    public let buildDate: CalendarDate

    public let contacts: [String: Contact]
    public let themes: [String: SiteConfig.Theme]
    /// Aid id → its place in `content.aids` (the first file with that id): a dictionary of the files themselves
    /// copied each one (12 MB at 10,000 aids, at the build's peak).
    let aidIndex: [String: Int]
    public let events: [String: ContentFile<Event>]
    public let basins: [String: ContentFile<Basin>]
    public let programmes: [String: ContentFile<Programme>]

    public let aidStatus: [String: AidStatus]
    /// The territory codes each basin covers: its own and its sub-territories', their department and region,
    /// its employment zone and its id.
    public let basinCodes: [String: Set<String>]
    /// Aid ids whose territories meet each basin's codes.
    public let aidsByBasin: [String: [String]]
    public let eventsByBasin: [String: [String]]
    public let aidsByProgramme: [String: [String]]
    public let eventsByProgramme: [String: [String]]
    /// Aid ids each organisation backs or answers for.
    public let aidsByOrganisation: [String: [String]]
    /// Up to four current aids shown under each aid: sharing its themes, then its basins.
    public let relatedAids: [String: [String]]

    /// Aid ids sorted by title, the order of every aid list.
    public let sortedAidIDs: [String]
    /// News ids latest first.
    public let sortedNews: [ContentFile<NewsItem>]

    public var site: SiteConfig { content.site }

    public func status(ofAid id: String) -> AidStatus { aidStatus[id] ?? .ongoing }

    /// The aid file of `id`, read in place.
    func aid(_ id: String) -> ContentFile<Aid>? { aidIndex[id].map { content.aids[$0] } }
}

extension String {
    /// A key that sorts French text the way a reader expects: case and accents ignored.
    var frenchSortKey: String { FrenchFolding.sortKey(self) }
}

extension Sequence {
    /// Sorted by a French text, then by the text itself so that the order never depends on the input's.
    /// Each key is folded once, not at every comparison.
    func sortedFrench(by text: (Element) -> String) -> [Element] {
        map { (key: text($0).frenchSortKey, text: text($0), element: $0) }
            .sorted { ($0.key, $0.text) < ($1.key, $1.text) }
            .map(\.element)
    }
}

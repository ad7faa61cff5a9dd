import RelaisFrench

/// Everything `Content/` holds, typed, after the load step. Immutable from here on.
public struct ContentSet: Sendable {
    public var site: SiteConfig
    public var organisations: [Organisation]
    public var aids: [ContentFile<Aid>]
    public var events: [ContentFile<Event>]
    public var basins: [ContentFile<Basin>]
    public var programmes: [ContentFile<Programme>]
    public var news: [ContentFile<NewsItem>]
    public var pages: [ContentFile<Page>]
    /// Files under `media/`, relative to it, copied as they are.
    public var mediaFiles: [String]
    /// Ids left out because they are drafts, by folder: a reference to one gets a precise message.
    public var draftIds: [ContentKind: Set<String>]
}

/// The kinds of content files, by folder.
public enum ContentKind: String, Sendable, CaseIterable, Hashable {
    case aid = "aides"
    case event = "evenements"
    case basin = "bassins"
    case programme = "programmes"
    case news = "actualites"
    case page = "pages"

    /// "l'aide", "l'événement"… for messages.
    public var articleNoun: String {
        switch self {
        case .aid: "l'aide"
        case .event: "l'événement"
        case .basin: "le bassin"
        case .programme: "le programme"
        case .news: "l'actualité"
        case .page: "la page"
        }
    }
}

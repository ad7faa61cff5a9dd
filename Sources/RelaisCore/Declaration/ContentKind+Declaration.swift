extension ContentKind {
    /// The keys of a file of this kind: its own, then the dates every content file has.
    var declaration: MappingDeclaration {
        let own = switch self {
        case .aid: Aid.declaration
        case .event: Event.declaration
        case .basin: Basin.declaration
        case .programme: Programme.declaration
        case .news: NewsItem.declaration
        case .page: Page.declaration
        }
        return own.adding(ContentMeta.declaration)
    }
}

extension ContentKind {
    /// The keys of a file of this kind: its own, then the dates every content file has. Made once: every file is
    /// read through it.
    var declaration: MappingDeclaration { Self.declarations[self] ?? ContentMeta.declaration }

    private static let declarations: [ContentKind: MappingDeclaration] = Dictionary(uniqueKeysWithValues: allCases.map { kind in
        let own = switch kind {
        case .aid: Aid.declaration
        case .event: Event.declaration
        case .basin: Basin.declaration
        case .programme: Programme.declaration
        case .news: NewsItem.declaration
        case .page: Page.declaration
        }
        return (kind, own.adding(ContentMeta.declaration))
    })
}

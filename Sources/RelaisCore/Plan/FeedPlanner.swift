/// The Atom feed of what is new or updated on the site (`AtomFeed(record:)` says which items and how they are
/// identified), linked from every page's head.
enum FeedPlanner {
    static let path = "/atom.xml"

    static func plan(_ record: SiteRecord) -> [PlannedOutput] {
        [.artifact(path, .atom, inputs: [.every(.news), .every(.aid), .every(.event)]) { AtomWriter.write(AtomFeed(record: $0)) }]
    }
}

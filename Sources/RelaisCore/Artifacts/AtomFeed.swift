/// An Atom feed (RFC 4287) as ready values: ids, absolute URLs, RFC 3339 timestamps and plain texts.
struct AtomFeed: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        /// A `tag:` URI that stays the same when the item is edited.
        let id: String
        let title: String
        let updated: String
        let published: String?
        /// The absolute URL of the item's page.
        let url: String
        /// Plain text.
        let summary: String
        /// What the item is: `aid` "Aide", `event` "Événement", `news` "Actualité".
        let category: Labelled
    }

    let id: String
    let title: String
    let subtitle: String
    let updated: String
    let author: String
    /// The feed's own absolute URL.
    let selfURL: String
    /// The site's home page.
    let homeURL: String
    let entries: [Entry]
}

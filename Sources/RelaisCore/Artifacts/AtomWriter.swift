/// Writes an `AtomFeed` as Atom 1.0 (RFC 4287) through `XMLWriter`, which escapes every value for XML.
/// Texts are `type="text"` (the default): plain text, never markup.
enum AtomWriter {
    static let namespace = "http://www.w3.org/2005/Atom"

    static func write(_ feed: AtomFeed) -> String {
        var xml = XMLWriter()
        xml.start("feed", [("xmlns", namespace), ("xml:lang", "fr")])
        xml.element("id", text: feed.id)
        xml.element("title", text: feed.title)
        xml.element("subtitle", text: feed.subtitle)
        xml.element("updated", text: feed.updated)
        xml.start("author")
        xml.element("name", text: feed.author)
        xml.end()
        xml.element("link", [("rel", "self"), ("type", "application/atom+xml"), ("href", feed.selfURL)])
        xml.element("link", [("rel", "alternate"), ("type", "text/html"), ("href", feed.homeURL)])
        xml.element("generator", text: "Relais")
        for entry in feed.entries {
            xml.start("entry")
            xml.element("id", text: entry.id)
            xml.element("title", text: entry.title)
            xml.element("updated", text: entry.updated)
            if let published = entry.published { xml.element("published", text: published) }
            xml.element("link", [("rel", "alternate"), ("type", "text/html"), ("href", entry.url)])
            xml.element("summary", text: entry.summary)
            xml.element("category", [("term", entry.category.code), ("label", entry.category.label)])
            xml.end()
        }
        return xml.finish()
    }
}

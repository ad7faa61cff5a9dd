extension SchemaOrg {
    /// The trail from the home page to the page itself, with absolute URLs.
    struct BreadcrumbList: Encodable, Sendable {
        let type = "BreadcrumbList"
        let itemListElement: [ListItem]

        enum CodingKeys: String, CodingKey { case type = "@type", itemListElement }

        /// `trail`: the home page first, the page itself last.
        init(_ trail: [(name: String, url: String)]) {
            itemListElement = trail.enumerated().map { ListItem(position: $0.offset + 1, name: $0.element.name, item: $0.element.url) }
        }
    }

    struct ListItem: Encodable, Sendable {
        let type = "ListItem"
        let position: Int
        let name: String
        let item: String

        enum CodingKeys: String, CodingKey { case type = "@type", position, name, item }
    }
}

extension SchemaOrg {
    /// The site itself, on its home page.
    struct WebSite: Encodable, Sendable {
        let type = "WebSite"
        let name: String
        let url: String
        let inLanguage: String
        let description: String
        let publisher: Organization?

        enum CodingKeys: String, CodingKey { case type = "@type", name, url, inLanguage, description, publisher }

        init(_ site: SiteInfo) {
            name = site.title
            url = site.baseURL
            inLanguage = site.language
            description = site.description
            publisher = site.publisher.map(Organization.init)
        }
    }
}

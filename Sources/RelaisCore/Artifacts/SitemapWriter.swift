/// Writes sitemaps (sitemaps.org protocol 0.9) through `XMLWriter`: a `urlset` of pages, or a `sitemapindex` of
/// sitemaps when the pages are too many for one file. `lastmod` is a W3C date (`2022-12-05`), left out when unknown.
enum SitemapWriter {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    /// The protocol's limit of URLs per file.
    static let maximumURLs = 50_000

    static func urlSet(_ pages: [SitemapEntry]) -> String {
        write(root: "urlset", item: "url", pages)
    }

    static func index(_ sitemaps: [SitemapEntry]) -> String {
        write(root: "sitemapindex", item: "sitemap", sitemaps)
    }

    private static func write(root: StaticString, item: StaticString, _ entries: [SitemapEntry]) -> String {
        var xml = XMLWriter()
        xml.start(root, [("xmlns", namespace)])
        for entry in entries {
            xml.start(item)
            xml.element("loc", text: entry.url)
            if let date = entry.lastModified { xml.element("lastmod", text: date.iso) }
            xml.end()
        }
        return xml.finish()
    }
}

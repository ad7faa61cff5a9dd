/// `sitemap.xml` and `robots.txt`, planned after the pages: every page but the 404 and noindex ones, at its
/// absolute URL, with its content date (`PlannedOutput.lastModified`). Past `limit` pages, the pages go into
/// `sitemap-1.xml`, `sitemap-2.xml`… and `sitemap.xml` becomes the index that lists them.
enum SitemapPlanner {
    static let path = "/sitemap.xml"
    static let robotsPath = "/robots.txt"

    static func plan(_ record: SiteRecord, pages: [PlannedOutput], limit: Int = SitemapWriter.maximumURLs) -> [PlannedOutput] {
        let urls = SiteURLs(baseURL: record.site.baseURL)
        let listed = pages.filter { $0.isPage && !$0.noindex }.map { SitemapEntry(url: urls.absolute($0.path), lastModified: $0.lastModified) }
        // It lists the planned pages with their dates: that list is what it depends on.
        let inputs: [OutputInput] = [.plannedPages]
        let sitemapURL = urls.absolute(path)
        let robots = PlannedOutput.artifact(robotsPath, .text, inputs: []) { _ in RobotsText.write(sitemapURL: sitemapURL) }
        let size = max(1, limit)
        guard listed.count > size else {
            return [.artifact(path, .xml, inputs: inputs) { record in
                record.depends(on: .plannedPages)
                return SitemapWriter.urlSet(listed)
            }, robots]
        }
        let parts = stride(from: 0, to: listed.count, by: size).map { Array(listed[$0..<min(listed.count, $0 + size)]) }
        let partPaths = parts.indices.map { "/sitemap-\($0 + 1).xml" }
        // An index entry is dated by the latest page of its sitemap.
        let index = zip(partPaths, parts).map { SitemapEntry(url: urls.absolute($0), lastModified: $1.compactMap(\.lastModified).max()) }
        var outputs = [PlannedOutput.artifact(path, .xml, inputs: inputs) { record in
            record.depends(on: .plannedPages)
            return SitemapWriter.index(index)
        }]
        for (partPath, part) in zip(partPaths, parts) {
            outputs.append(.artifact(partPath, .xml, inputs: inputs) { record in
                record.depends(on: .plannedPages)
                return SitemapWriter.urlSet(part)
            })
        }
        return outputs + [robots]
    }
}

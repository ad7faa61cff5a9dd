/// `robots.txt`: every crawler may read everything, and is told where the sitemap is (an absolute URL, as the
/// protocol asks). Crawlers read it only at the root of a host: a site under a path (`https://example.org/guide/`)
/// writes it too, for the host's own robots.txt to take its `Sitemap:` line.
enum RobotsText {
    static func write(sitemapURL: String) -> String {
        "User-agent: *\nDisallow:\n\nSitemap: \(sitemapURL)\n"
    }
}

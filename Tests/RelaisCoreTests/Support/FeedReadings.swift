import Foundation

/// What `Tests/Python/read_atom.py` (feedparser) understood of an Atom feed.
struct AtomReading: Decodable {
    struct Link: Decodable, Hashable {
        let rel: String?
        let type: String?
        let href: String?
    }
    struct Entry: Decodable {
        let id: String?
        let title: String?
        let updated: String?
        /// Seconds since 1970, as feedparser computed them from `updated`.
        let updatedUTC: Int?
        let published: String?
        let links: [Link]
        let summary: String?
        let summaryType: String?
        let categories: [String]

        var alternate: String? { links.first { $0.rel == "alternate" }?.href }
    }
    let bozo: Bool
    let bozoException: String
    let version: String
    let id: String?
    let title: String?
    let subtitle: String?
    let updated: String?
    let updatedUTC: Int?
    let author: String?
    let language: String?
    let links: [Link]
    let entries: [Entry]

    func link(_ rel: String) -> String? { links.first { $0.rel == rel }?.href }

    static func read(_ path: String) throws -> AtomReading {
        try PythonReader.read(AtomReading.self, script: "read_atom.py", [path])
    }
}

/// What `Tests/Python/read_sitemap.py` (lxml) read of a sitemap or a sitemap index.
struct SitemapReading: Decodable {
    struct Entry: Decodable, Hashable {
        let loc: String?
        let lastmod: String?
    }
    /// `urlset` or `sitemapindex`.
    let root: String
    /// Every namespace of every element.
    let namespaces: [String]
    let encoding: String?
    let entries: [Entry]

    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    static func read(_ path: String) throws -> SitemapReading {
        try PythonReader.read(SitemapReading.self, script: "read_sitemap.py", [path])
    }
}

/// What Python's `urllib.robotparser` read of a robots.txt (`Tests/Python/read_robots.py`).
struct RobotsReading: Decodable {
    let sitemaps: [String]
    let allowed: [String: Bool]

    static func read(_ path: String, urls: [String]) throws -> RobotsReading {
        try PythonReader.read(RobotsReading.self, script: "read_robots.py", [path] + urls)
    }
}

/// The HTML pages of a built site, as `(file, site path)`: `aides/x/index.html` is `/aides/x/`.
enum BuiltPages {
    static func list(in output: String) -> [(file: String, path: String)] {
        let files = FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        return files.sorted().map { file in
            let path = file == "index.html" ? "/" : file.hasSuffix("/index.html") ? "/" + file.dropLast("index.html".count) : "/" + file
            return (file, path)
        }
    }
}

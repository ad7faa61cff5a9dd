/// Where each page lives: site paths (`/aides/x/`), links carrying the base path, absolute URLs and output files.
public struct SiteURLs: Sendable {
    /// `https://guide.example.org/asso/`, always ending with a slash.
    public let baseURL: String
    /// `/asso/`: the path part of the base URL, prefixed to every root-relative link.
    public let basePath: String

    public init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let afterScheme = self.baseURL.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        // "https:", "", "host", "path/…"
        basePath = afterScheme.count > 3 ? "/" + afterScheme[3] : "/"
    }

    /// A link to a site path, as written in pages: `/aides/x/` → `/asso/aides/x/`.
    public func link(_ sitePath: String) -> String {
        guard sitePath.hasPrefix("/") else { return sitePath }
        return basePath + sitePath.dropFirst()
    }

    /// The absolute URL of a site path, for canonical links, feeds and sitemaps.
    public func absolute(_ sitePath: String) -> String {
        baseURL + (sitePath.hasPrefix("/") ? String(sitePath.dropFirst()) : sitePath)
    }

    /// The absolute URL of a link as pages write it (`/asso/aides/`, under the base path); an external URL as is.
    public func absolute(link: String) -> String {
        guard link.hasPrefix(basePath) else { return link.hasPrefix("/") ? absolute(link) : link }
        return baseURL + link.dropFirst(basePath.count)
    }

    /// The output file of a site path: `/aides/x/` → `aides/x/index.html`, `/404.html` → `404.html`.
    public static func outputFile(for sitePath: String) -> String {
        let relative = String(sitePath.drop(while: { $0 == "/" }))
        if relative.isEmpty { return "index.html" }
        return relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    /// Free pages sit at the top (`/accessibilite/`); every other kind under its folder (`/aides/x/`).
    public static func path(of kind: ContentKind, id: String) -> String {
        kind == .page ? "/\(id)/" : "/\(kind.rawValue)/\(id)/"
    }

    /// Top-level segments the generator uses itself, which a free page may not take.
    public static let reservedSegments: Set<String> = [
        "aides", "evenements", "bassins", "programmes", "actualites", "contacts", "recherche", "donnees",
        "plan-du-site", "media", "assets", "pages", "404.html", "index.html", "sitemap.xml", "robots.txt", "atom.xml",
    ]
    public static func list(of kind: ContentKind) -> String { "/\(kind.rawValue)/" }
}

/// Everything the build writes, by site path: pages and artifacts, media and theme assets. Links written as site
/// paths (in Markdown, in YAML, in the menu) are checked against it once the site is planned.
struct SiteFiles: Sendable {
    let pages: Set<String>
    /// Under `media/`, relative to it.
    let media: Set<String>
    /// Under `assets/`, relative to it.
    let assets: Set<String>

    /// Whether `/aides/x/`, `/aides/x`, `/media/f.pdf#page=2` or `/assets/relais.css?v=1` is written by the build.
    func contains(sitePath: String) -> Bool {
        let bare = String(sitePath.prefix { $0 != "#" && $0 != "?" })
        if bare.hasPrefix("/media/") { return media.contains(String(bare.dropFirst("/media/".count))) }
        if bare.hasPrefix("/assets/") { return assets.contains(String(bare.dropFirst("/assets/".count))) }
        return pages.contains(bare) || pages.contains(bare + "/")
    }

    /// Every link to a site path written in the content (Markdown, YAML fields, the menu) that leads nowhere,
    /// reported where it is written; and links to an anchor of another page that page does not have.
    /// The page path (with its final `/`) of each link with a fragment: the pages whose anchors `brokenLinks` reads.
    static func anchoredPaths(_ links: [SiteLink]) -> Set<String> {
        Set(links.compactMap { link in
            guard link.target.utf8.contains(UInt8(ascii: "#")) else { return nil }
            return pagePath(link.target)
        })
    }

    private static func pagePath(_ target: String) -> String {
        let path = String(target.prefix { $0 != "#" && $0 != "?" })
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// `anchors`: those of each page that links point into (`anchoredPaths`); `reservedIds`, which templates write on
    /// every page, count for each.
    func brokenLinks(_ links: [SiteLink], anchors: [String: Set<String>], reservedIds: Set<String> = []) -> [Diagnostic] {
        links.compactMap { link in
            if !contains(sitePath: link.target) {
                switch link.origin {
                case .menu:
                    return Diagnostic(step: .plan, at: link.location, "Le menu mène à « \(link.target) », qui n'est pas une page du site.",
                                      hint: "Les rubriques du site sont : \(["/aides/", "/evenements/", "/bassins/", "/programmes/", "/contacts/", "/actualites/", "/donnees/"].joined(separator: ", ")).")
                case .markdown:
                    return Diagnostic(step: .plan, at: link.location, "Le lien « \(link.target) » ne mène à aucune page du site.",
                                      hint: "Un lien vers un autre contenu s'écrit avec son chemin relatif, par exemple ../aides/identifiant.md.")
                case .field:
                    return Diagnostic(step: .plan, at: link.location, "Le lien « \(link.target) » ne mène à aucune page ni à aucun fichier du site.",
                                      hint: "Vérifiez le chemin ; un document se range dans Content/media/ et s'écrit /media/nom-du-fichier.pdf.")
                }
            }
            guard let hash = link.target.firstIndex(of: "#"), let known = anchors[Self.pagePath(link.target)] else { return nil }
            let fragment = String(link.target[link.target.index(after: hash)...])
            guard !fragment.isEmpty, !known.contains(fragment), !reservedIds.contains(fragment) else { return nil }
            return Diagnostic(step: .plan, at: link.location, "Le lien « \(link.target) » mène à une ancre « #\(fragment) » que la page n'a pas.",
                              hint: "Les ancres de cette page sont : \(known.union(reservedIds).sorted().prefix(8).joined(separator: ", ")).")
        }
    }
}

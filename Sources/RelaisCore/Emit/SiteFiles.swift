/// Everything the build writes, by site path: pages, media and theme assets. Links written as site paths
/// (in Markdown, in YAML, in the menu) are checked against it.
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

    /// Every site path written in the YAML of the content (the menu, links to documents, applications,
    /// sources…) that leads nowhere, reported where it is written.
    func brokenLinks(in content: ContentSet) -> [Diagnostic] {
        let menu = content.site.navigation.filter { $0.path.hasPrefix("/") && !contains(sitePath: $0.path) }.map { item in
            Diagnostic(step: .validate, at: item.location, "Le menu mène à « \(item.path) », qui n'est pas une page du site.",
                       hint: "Les rubriques du site sont : \(["/aides/", "/evenements/", "/bassins/", "/programmes/", "/contacts/", "/actualites/"].joined(separator: ", ")).")
        }
        var urls: [ContentURL] = []
        for file in content.aids {
            let aid = file.front
            urls += [aid.applicationURL, aid.moreInfoURL, aid.source?.url].compactMap { $0 } + aid.documents.map(\.url)
        }
        for file in content.events {
            urls += [file.front.onlineURL, file.front.registration?.url].compactMap { $0 }
        }
        for file in content.basins {
            urls += (file.front.keyFigures.map(\.source) + file.front.indicators.map(\.source)).compactMap(\.url)
        }
        for file in content.programmes { urls += file.front.legalBasis.compactMap(\.url) }
        for file in content.news { urls += [file.front.source?.url].compactMap { $0 } }
        for organisation in content.organisations {
            urls += [organisation.url].compactMap { $0 } + organisation.contacts.compactMap(\.url)
        }
        return menu + urls.filter { $0.kind == .sitePath && !contains(sitePath: $0.value) }.map { url in
            Diagnostic(step: .validate, at: url.location, "Le lien « \(url.value) » ne mène à aucune page ni à aucun fichier du site.",
                       hint: "Vérifiez le chemin ; un document se range dans Content/media/ et s'écrit /media/nom-du-fichier.pdf.")
        }
    }
}

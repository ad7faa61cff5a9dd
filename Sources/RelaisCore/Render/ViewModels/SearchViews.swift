import RelaisFrench

/// `/recherche/`: the search form the script shows, and without the script, the way to the guide's facet pages.
struct SearchPageBody: ViewModel {
    let title: String
    let intro: String
    let manifestURL: String
    let scriptURL: String
    /// The guide's pages by aid type, for readers without JavaScript.
    let typeLinks: [Link]
    let guideURL: String
    let siteMapURL: String
}

extension Presentation {
    static let searchPath = "/recherche/"

    func searchPage() -> PageViewModel<SearchPageBody> {
        // The type pages the guide has: one per type some current aid has (AidGuidePlanner).
        var seen: Set<String> = []
        var links: [Link] = []
        for aid in record.aids where !aid.status.isClosed {
            for value in AidFacet.type.values(of: aid) where !value.slug.isEmpty && seen.insert(value.slug).inserted {
                links.append(Link(label: text(value.label), url: link("\(AidGuidePlanner.basePath)\(AidFacet.type.segment)/\(value.slug)/")))
            }
        }
        let body = SearchPageBody(
            title: "Rechercher",
            intro: text("Cherchez parmi les aides, les événements, les bassins d’emploi, les programmes, les actualités et les pages du site."),
            manifestURL: link(SearchIndex.manifestPath), scriptURL: asset("recherche.js"),
            typeLinks: links.sortedFrench { $0.label }, guideURL: link(AidGuidePlanner.basePath), siteMapURL: link("/plan-du-site/"))
        return page(meta(title: body.title, description: body.intro, path: Self.searchPath, section: Self.searchPath), body)
    }
}

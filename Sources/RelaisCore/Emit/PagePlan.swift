/// One page to produce: where it goes, which template, which source files it is made from (so that a later
/// build can redo only the pages whose sources changed), and how to build its view model.
struct PageJob: Sendable {
    let path: String
    let template: String
    /// Content files this page reads, besides what every page reads: `site.yaml`, `organisations.yaml`, the titles
    /// of free pages (footer), basin names (territories) and the templates.
    let sources: [String]
    let build: @Sendable (Presentation) -> (viewModel: any Sendable, diagnostics: [Diagnostic])
}

/// Lists every page of the site from the graph. Pure: nothing is rendered or written here.
enum PagePlanner {
    static func plan(_ graph: SiteGraph) -> [PageJob] {
        let content = graph.content
        let allAids = content.aids.map(\.path), allEvents = content.events.map(\.path)
        let allBasins = content.basins.map(\.path), allProgrammes = content.programmes.map(\.path)
        let allNews = content.news.map(\.path), allPages = content.pages.map(\.path)
        var jobs: [PageJob] = [
            PageJob(path: "/", template: "pages/home", sources: allAids + allEvents + allBasins + allProgrammes + allNews) { ($0.home(), []) },
            PageJob(path: "/aides/", template: "pages/aids", sources: allAids + allBasins) { ($0.aidList(), []) },
            PageJob(path: "/evenements/", template: "pages/events", sources: allEvents) { ($0.eventList(), []) },
            PageJob(path: "/bassins/", template: "pages/basins", sources: allBasins + allAids) { ($0.basinList(), []) },
            PageJob(path: "/programmes/", template: "pages/programmes", sources: allProgrammes) { ($0.programmeList(), []) },
            PageJob(path: "/actualites/", template: "pages/news", sources: allNews) { ($0.newsList(), []) },
            PageJob(path: "/contacts/", template: "pages/contacts", sources: allAids) { ($0.contactsPage(), []) },
            PageJob(path: "/plan-du-site/", template: "pages/site-map", sources: allAids + allEvents + allBasins + allProgrammes + allNews + allPages) { ($0.siteMap(), []) },
            PageJob(path: "/404.html", template: "pages/not-found", sources: []) { ($0.notFound(), []) },
        ]
        // Every detail page also names other items (programmes, basins, contacts): those files are its sources too.
        for file in content.aids {
            let sources = [file.path] + file.front.programmes.compactMap { graph.programmes[$0.id]?.path } + allBasins
            jobs.append(PageJob(path: SiteURLs.path(of: .aid, id: file.id), template: "pages/aid", sources: sources) { $0.aidPage(file) })
        }
        for file in content.events {
            let related = file.front.relatedAids.compactMap { graph.aids[$0.id]?.path }
                + file.front.relatedProgrammes.compactMap { graph.programmes[$0.id]?.path }
                + file.front.relatedBasins.compactMap { graph.basins[$0.id]?.path }
            jobs.append(PageJob(path: SiteURLs.path(of: .event, id: file.id), template: "pages/event", sources: [file.path] + related) { $0.eventPage(file) })
        }
        for file in content.basins {
            let csvs = file.front.indicators.compactMap(\.csvPath)
            jobs.append(PageJob(path: SiteURLs.path(of: .basin, id: file.id), template: "pages/basin",
                                sources: [file.path] + csvs + allAids + allEvents + allProgrammes) { $0.basinPage(file) })
        }
        for file in content.programmes {
            jobs.append(PageJob(path: SiteURLs.path(of: .programme, id: file.id), template: "pages/programme",
                                sources: [file.path] + allAids + allEvents) { $0.programmePage(file) })
        }
        for file in content.news {
            jobs.append(PageJob(path: SiteURLs.path(of: .news, id: file.id), template: "pages/news-item",
                                sources: [file.path] + allAids + allEvents + allProgrammes + allBasins) { $0.newsPage(file) })
        }
        for file in content.pages {
            jobs.append(PageJob(path: SiteURLs.path(of: .page, id: file.id), template: "pages/page", sources: [file.path] + allPages) { $0.freePage(file) })
        }
        // Every page's footer links the accessibility statement: without one in the content, Relais writes it.
        if !content.pages.contains(where: { $0.id == "accessibilite" }) {
            jobs.append(PageJob(path: SiteURLs.path(of: .page, id: "accessibilite"), template: "pages/page", sources: []) { ($0.defaultAccessibilityStatement(), []) })
        }
        return jobs
    }

    /// Free pages whose id collides with a folder the generator writes (`/aides/`…).
    static func checkFreePageIDs(_ content: ContentSet) -> [Diagnostic] {
        content.pages.filter { SiteURLs.reservedSegments.contains($0.id) }.map { file in
            Diagnostic(step: .validate, at: SourceLocation(file: file.path, line: 1, column: 1),
                       "La page « \(file.id) » prendrait l'adresse /\(file.id)/, déjà utilisée par le site.",
                       hint: "Renommez le fichier, par exemple pages/\(file.id)-infos.md.")
        }
    }
}

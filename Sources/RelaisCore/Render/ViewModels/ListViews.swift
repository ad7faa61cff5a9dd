import RelaisFrench

/// A list of cards of one kind with an introduction, for events, basins, programmes and news.
struct CardListBody<Card: ViewModel>: ViewModel {
    struct Section: ViewModel {
        let id: String
        let title: String
        let cards: [Card]
        let hasCards: Bool
        let emptyMessage: String
    }
    let title: String
    let intro: String
    let sections: [Section]
}

/// `/evenements/`: upcoming and past events, and the calendar of them all.
struct EventListBody: ViewModel {
    let title: String
    let intro: String
    let sections: [CardListBody<EventCard>.Section]
    /// `calendrier.ics`, when there are events to put in it.
    let calendarURL: String?
}

/// `/bassins/`: the comparison table and a card per basin.
struct BasinListBody: ViewModel {
    let title: String
    let intro: String
    let comparison: ComparisonTable?
    /// The same table in each column's order.
    let sortedCopies: [ComparisonTable]
    let cards: [BasinCard]
    let hasCards: Bool
}

struct HomeBody: ViewModel {
    struct Figure: ViewModel { let value: String; let label: String; let url: String }
    let title: String
    let description: String
    let figures: [Figure]
    let closingSoon: [AidCard]
    let hasClosingSoon: Bool
    let events: [EventCard]
    let hasEvents: Bool
    let basins: [BasinCard]
    let hasBasins: Bool
    let news: [NewsCard]
    let hasNews: Bool
}

/// `/plan-du-site/`: every page, the second way to find one. The following pages of a paginated listing
/// (`/aides/page/2/`, `/aides/type/pret/page/2/`, the printed guide's parts after the first) are not listed: each
/// is reached from its first page, which is.
struct SiteMapBody: ViewModel {
    struct Group: ViewModel {
        /// A titled list inside a section: the guide's lists by facet, its aids one by one.
        struct Part: ViewModel {
            let title: String
            let links: [Link]
        }
        let title: String
        let url: String
        let links: [Link]
        /// Stored, not computed: templates read stored properties only.
        let hasLinks: Bool
        let parts: [Part]

        init(title: String, url: String, links: [Link], parts: [Part] = []) {
            self.title = title
            self.url = url
            self.links = links
            hasLinks = !links.isEmpty
            self.parts = parts.filter { !$0.links.isEmpty }
        }
    }
    let title: String
    let groups: [Group]
    let pages: [Link]
}

struct NotFoundBody: ViewModel {
    let title: String
    let searchURL: String
    let links: [Link]
}

extension Presentation {
    func eventList() -> PageViewModel<EventListBody> {
        let upcoming = record.upcomingEvents.map(eventCard), past = record.pastEvents.map(eventCard)
        let body = EventListBody(title: "Événements", intro: text("Rencontres, ateliers et réunions d’information autour des aides et de l’emploi."), sections: [
            .init(id: "a-venir", title: "À venir", cards: upcoming, hasCards: !upcoming.isEmpty, emptyMessage: "Aucun événement n’est prévu pour le moment."),
            .init(id: "passes", title: "Événements passés", cards: past, hasCards: !past.isEmpty, emptyMessage: "Aucun événement passé."),
        ], calendarURL: record.events.isEmpty ? nil : link(CalendarPlanner.allEventsPath))
        return page(meta(title: body.title, description: body.intro, path: "/evenements/", section: "/evenements/"), body)
    }

    /// `/bassins/`: the comparison in name order, its copies in each column's order, a card per basin.
    func basinList() -> PageViewModel<BasinListBody> {
        let cards = record.basins.map(basinCard)
        let grid = BasinComparison.Grid(record)
        let comparisons = record.basins.isEmpty ? [] : [basinComparison(grid, sortedBy: nil)] + grid.columns.map { basinComparison(grid, sortedBy: $0.slug) }
        let body = BasinListBody(
            title: "Bassins d’emploi", intro: text("Les tableaux de bord des bassins : chiffres clés, indicateurs, aides et programmes."),
            comparison: comparisons.first, sortedCopies: Array(comparisons.dropFirst()), cards: cards, hasCards: !cards.isEmpty)
        return page(meta(title: body.title, description: body.intro, path: "/bassins/", section: "/bassins/"), body)
    }

    func programmeList() -> PageViewModel<CardListBody<ProgrammeCard>> {
        let cards = record.programmes.map(programmeCard)
        let body = CardListBody(title: "Programmes", intro: text("Les programmes, contrats et dispositifs qui financent les aides du guide."), sections: [
            .init(id: "programmes", title: "Tous les programmes", cards: cards, hasCards: !cards.isEmpty, emptyMessage: "Aucun programme n’est encore décrit."),
        ])
        return page(meta(title: body.title, description: body.intro, path: "/programmes/", section: "/programmes/"), body)
    }

    func newsList() -> PageViewModel<CardListBody<NewsCard>> {
        let cards = record.news.map(newsCard)
        let body = CardListBody(title: "Actualités", intro: text("Les nouvelles des aides, des bassins et des programmes."), sections: [
            .init(id: "actualites", title: "Toutes les actualités", cards: cards, hasCards: !cards.isEmpty, emptyMessage: "Aucune actualité pour le moment."),
        ])
        return page(meta(title: body.title, description: body.intro, path: "/actualites/", section: "/actualites/"), body)
    }

    func home() -> PageViewModel<HomeBody> {
        // Headlines, not whole aids: the home page is not made again when an aid's text changes.
        let headlines = record.aidHeadlines
        let openCount = headlines.filter(\.status.isOpen).count
        let closingSoon = headlines
            .filter { ($0.status.code == "closingSoon" || $0.status.code == "open") && $0.status.date != nil }
            .sorted { ($0.status.date ?? .latest, $0.id) < ($1.status.date ?? .latest, $1.id) }
            .prefix(4).compactMap { aidCard($0.id) }
        let upcoming = record.upcomingEvents
        let events = upcoming.prefix(3).map(eventCard)
        let basins = record.basins.sorted { $0.id < $1.id }.map(basinCard)
        let news = record.news.prefix(3).map(newsCard)
        func count(_ n: Int, _ singular: String, _ plural: String) -> String { FrenchPlural.word(n, singular, plural) }
        let figures = [
            HomeBody.Figure(value: french.integer(openCount), label: count(openCount, "aide ouverte", "aides ouvertes"), url: link("/aides/")),
            HomeBody.Figure(value: french.integer(upcoming.count), label: count(upcoming.count, "événement à venir", "événements à venir"), url: link("/evenements/")),
            HomeBody.Figure(value: french.integer(record.basins.count), label: count(record.basins.count, "bassin d’emploi", "bassins d’emploi"), url: link("/bassins/")),
            HomeBody.Figure(value: french.integer(record.programmes.count), label: count(record.programmes.count, "programme", "programmes"), url: link("/programmes/")),
        ]
        let body = HomeBody(title: text(site.title), description: text(site.description), figures: figures,
                            closingSoon: Array(closingSoon), hasClosingSoon: !closingSoon.isEmpty, events: Array(events), hasEvents: !events.isEmpty,
                            basins: basins, hasBasins: !basins.isEmpty, news: Array(news), hasNews: !news.isEmpty)
        return page(meta(title: body.title, description: body.description, path: "/", structuredData: [JSONLDWriter.block(SchemaOrg.WebSite(site))]), body)
    }

    /// `guide`: the guide's listings, for its lists of closed aids, by facet and printed.
    func siteMap(guide: AidGuideIndex, bookletCount: Int) -> PageViewModel<SiteMapBody> {
        func links(_ items: [(title: String, url: RecordURL)]) -> [Link] {
            items.map { Link(label: text($0.title), url: href($0.url)) }.sortedFrench { $0.label + " " + $0.url }
        }
        func aids(_ count: Int) -> String { "(\(FrenchPlural.count(count, "aide")))" }
        var guideLists: [Link] = []
        if guide.closedCount > 0 { guideLists.append(Link(label: "Aides clôturées \(aids(guide.closedCount))", url: link(AidGuidePlanner.closedPath))) }
        if bookletCount > 0 { guideLists.append(Link(label: "Guide complet à imprimer \(aids(bookletCount))", url: link(AidGuidePlanner.bookletPath))) }
        // One link per facet value, in the guide's order: "Prêt (12 aides)".
        let facets = AidFacet.allCases.map { facet in
            SiteMapBody.Group.Part(title: facet.title, links: guide.entries.filter { $0.facet == facet }.map {
                Link(label: "\(text($0.value.label)) \(aids($0.count))", url: link($0.path))
            })
        }
        let guideParts = [SiteMapBody.Group.Part(title: "Listes", links: guideLists)] + facets
            + [SiteMapBody.Group.Part(title: "Chaque aide", links: links(record.aidHeadlines.map { ($0.title, $0.url) }))]
        let groups = [
            SiteMapBody.Group(title: "Aides", url: link("/aides/"), links: [], parts: guideParts),
            SiteMapBody.Group(title: "Événements", url: link("/evenements/"), links: links(record.events.map { ($0.title, $0.url) })),
            SiteMapBody.Group(title: "Bassins d’emploi", url: link("/bassins/"), links: links(record.basins.map { ($0.name, $0.url) })),
            SiteMapBody.Group(title: "Programmes", url: link("/programmes/"), links: links(record.programmes.map { ($0.name, $0.url) })),
            SiteMapBody.Group(title: "Actualités", url: link("/actualites/"), links: record.news.map { Link(label: text($0.title), url: href($0.url)) }),
        ]
        let pages = [Link(label: "Accueil", url: link("/")), Link(label: "Rechercher", url: link(Self.searchPath)), Link(label: "Contacts", url: link("/contacts/")),
                     Link(label: "Données ouvertes", url: link(OpenDataPlanner.folder))]
            + links(record.pages.map { ($0.title, $0.url) })
            // Written by Relais whether or not a content page adds to it.
            + (record.page("accessibilite") == nil ? [Link(label: "Accessibilité", url: link(Self.accessibilityPath))] : [])
        let body = SiteMapBody(title: "Plan du site", groups: groups, pages: pages)
        return page(meta(title: body.title, description: "Toutes les pages du site, par rubrique.", path: "/plan-du-site/"), body)
    }

    func notFound() -> PageViewModel<NotFoundBody> {
        let body = NotFoundBody(title: "Page introuvable", searchURL: link(Self.searchPath), links: [
            Link(label: "Accueil", url: link("/")), Link(label: "Toutes les aides", url: link("/aides/")),
            Link(label: "Plan du site", url: link("/plan-du-site/")),
        ])
        return page(meta(title: body.title, description: "La page demandée n’existe pas ou a été déplacée.", path: "/404.html", noindex: true), body)
    }
}

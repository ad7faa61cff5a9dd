/// Lists every page of the site from the record. Pure: nothing is rendered or written here.
enum PagePlanner {
    static func plan(_ record: SiteRecord, guide listings: [AidListing]) -> [PlannedOutput] {
        let dates = ContentDates(record)
        // A page is dated by what it reads: an item's page by the item (and the items it lists), a list by the
        // latest of what it lists. The sitemap's `lastmod` comes from here.
        func page<Body: ViewModel>(_ path: String, template: String, model: Body.Type, inputs: [OutputInput], noindex: Bool = false,
                                   build: @escaping @Sendable (Presentation) -> PageViewModel<Body>?) -> PlannedOutput {
            .page(path, template: template, model: model, inputs: inputs, lastModified: dates.lastModified(of: inputs), noindex: noindex, build: build)
        }
        let everything: [OutputInput] = [.every(.aid), .every(.event), .every(.basin), .every(.programme), .every(.news), .every(.page)]
        let index = AidGuideIndex(listings)
        let booklet = AidGuidePlanner.booklet(of: listings)
        let bookletCount = booklet.first?.totalCount ?? 0
        var pages: [PlannedOutput] = [
            page("/", template: "pages/home", model: HomeBody.self, inputs: everything) { $0.home() },
            page("/evenements/", template: "pages/events", model: EventListBody.self, inputs: [.every(.event)]) { $0.eventList() },
            page("/bassins/", template: "pages/basins", model: BasinListBody.self, inputs: [.every(.basin), .every(.aid)]) { $0.basinList() },
            page("/programmes/", template: "pages/programmes", model: CardListBody<ProgrammeCard>.self, inputs: [.every(.programme)]) { $0.programmeList() },
            page("/actualites/", template: "pages/news", model: CardListBody<NewsCard>.self, inputs: [.every(.news)]) { $0.newsList() },
            page("/contacts/", template: "pages/contacts", model: ContactsPageBody.self, inputs: [.organisations, .every(.aid)]) { $0.contactsPage() },
            page(Presentation.searchPath, template: "pages/search", model: SearchPageBody.self, inputs: [.every(.aid)]) { $0.searchPage() },
            page("/plan-du-site/", template: "pages/site-map", model: SiteMapBody.self, inputs: everything + [.aidGuide]) {
                $0.siteMap(guide: index, bookletCount: bookletCount)
            },
            page(OpenDataPlanner.folder, template: "pages/open-data", model: OpenDataPageBody.self, inputs: [.every(.aid)]) { $0.openDataPage() },
            // Served for any missing address: never indexed, never in the sitemap (its view model says noindex too).
            page("/404.html", template: "pages/not-found", model: NotFoundBody.self, inputs: [], noindex: true) { $0.notFound() },
        ]
        for listing in listings {
            pages.append(page(listing.path, template: "pages/aids", model: AidGuideBody.self, inputs: [.aidGuide] + listing.aidIds.map { .item(.aid, $0) }) {
                $0.aidGuidePage(listing, index: index)
            })
        }
        for part in booklet {
            pages.append(page(part.path, template: "pages/booklet", model: BookletBody.self, inputs: [.aidGuide] + part.aidIds.map { .item(.aid, $0) }) {
                $0.booklet(part)
            })
        }
        // A detail page reads its item and the cards of the items it shows.
        for aid in record.aids {
            pages.append(page(aid.path, template: "pages/aid", model: AidPageBody.self, inputs: [.item(.aid, aid.id)]) { $0.record.aid(aid.id).map($0.aidPage) })
        }
        for event in record.events {
            pages.append(page(event.path, template: "pages/event", model: EventPageBody.self, inputs: [.item(.event, event.id)]) {
                $0.record.event(event.id).map($0.eventPage)
            })
        }
        for basin in record.basins {
            let inputs: [OutputInput] = [.item(.basin, basin.id)] + basin.aidIds.map { .item(.aid, $0) } + basin.eventIds.map { .item(.event, $0) }
            pages.append(page(basin.path, template: "pages/basin", model: BasinPageBody.self, inputs: inputs) { $0.record.basin(basin.id).map($0.basinPage) })
        }
        for programme in record.programmes {
            let inputs: [OutputInput] = [.item(.programme, programme.id)] + programme.aidIds.map { .item(.aid, $0) } + programme.eventIds.map { .item(.event, $0) }
            pages.append(page(programme.path, template: "pages/programme", model: ProgrammePageBody.self, inputs: inputs) {
                $0.record.programme(programme.id).map($0.programmePage)
            })
        }
        for news in record.news {
            pages.append(page(news.path, template: "pages/news-item", model: NewsPageBody.self, inputs: [.item(.news, news.id)]) { presentation in
                presentation.record.newsItem(news.id).map(presentation.newsPage)
            })
        }
        for free in record.pages where free.id != "accessibilite" {
            pages.append(page(free.path, template: "pages/page", model: FreePageBody.self, inputs: [.item(.page, free.id)]) { $0.record.page(free.id).map($0.freePage) })
        }
        // The accessibility statement is Relais's, from site.yaml and the build (a content page adds its text to it).
        pages.append(.page(Presentation.accessibilityPath, template: "pages/page", model: FreePageBody.self,
                           inputs: [.item(.page, "accessibilite"), .organisations, .lastModified],
                           lastModified: record.site.accessibilityAuditDate ?? record.lastModified) { $0.accessibilityStatement() })
        return pages
    }
}

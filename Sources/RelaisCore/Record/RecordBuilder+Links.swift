extension RecordBuilder {
    /// Site paths written in the YAML of the content (the menu, documents, applications, sources…), to be checked
    /// once the site is planned.
    func fieldLinks() -> [SiteLink] {
        let content = graph.content
        let menu = content.site.navigation.filter { $0.path.hasPrefix("/") }.map { SiteLink(target: $0.path, location: $0.location, origin: .menu) }
        var urls: [ContentURL] = [content.site.logo?.src, content.site.favicon].compactMap { $0 }
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
        return menu + urls.filter { $0.kind == .sitePath }.map { SiteLink(target: $0.value, location: $0.location, origin: .field) }
    }

    /// The anchors each page of `paths` has besides those templates write: Markdown heading ids, contact cards,
    /// indicators. Only the pages links point into are asked for: a set per page of the site was most of plan in
    /// `relais check`.
    static func anchors(of record: SiteRecord, at paths: Set<String>) -> [String: Set<String>] {
        var anchors: [String: Set<String>] = [:]
        guard !paths.isEmpty else { return anchors }
        for aid in record.aids where paths.contains(aid.path) {
            anchors[aid.path] = Set(aid.description.headingIds + aid.eligibility.headingIds + aid.contacts.map { contactAnchor($0.id) })
        }
        for event in record.events where paths.contains(event.path) { anchors[event.path] = Set(event.description.headingIds) }
        for basin in record.basins where paths.contains(basin.path) {
            anchors[basin.path] = Set(basin.description.headingIds + basin.indicators.map { indicatorAnchor($0.id) } + basin.contacts.map { contactAnchor($0.id) })
        }
        for programme in record.programmes where paths.contains(programme.path) {
            anchors[programme.path] = Set(programme.description.headingIds + programme.axes.flatMap { $0.description?.headingIds ?? [] })
        }
        for news in record.news where paths.contains(news.path) { anchors[news.path] = Set(news.body.headingIds) }
        for page in record.pages where paths.contains(page.path) { anchors[page.path] = Set(page.body.headingIds) }
        if paths.contains("/contacts/") {
            anchors["/contacts/"] = Set(record.organisations.flatMap { [organisationAnchor($0.id)] + $0.contacts.map { contactAnchor($0.id) } })
        }
        return anchors
    }
}

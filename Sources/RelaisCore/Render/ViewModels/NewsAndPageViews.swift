import RelaisFrench

struct NewsCard: ViewModel {
    let title: String
    let url: String
    let summary: String
    let dateHTML: String
}

struct NewsPageBody: ViewModel {
    let title: String
    let summary: String
    let dateHTML: String
    let contentHTML: String
    let source: String?
    let sourceURL: String?
    let related: [Link]
    let hasRelated: Bool
}

struct FreePageBody: ViewModel {
    let title: String
    let summary: String?
    let contentHTML: String
    let dateModifiedHTML: String
}

extension Presentation {
    func newsCard(_ file: ContentFile<NewsItem>) -> NewsCard {
        NewsCard(title: text(file.front.title), url: link(SiteURLs.path(of: .news, id: file.id)), summary: text(file.front.summary),
                 dateHTML: timeHTML(file.front.date))
    }

    func newsPage(_ file: ContentFile<NewsItem>) -> (PageViewModel<NewsPageBody>, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let news = file.front
        let related: [Link] =
            news.relatedAids.compactMap { aidCard($0.id) }.map { Link(label: $0.title, url: $0.url) }
            + news.relatedEvents.compactMap { eventCard($0.id) }.map { Link(label: $0.title, url: $0.url) }
            + news.relatedProgrammes.compactMap { programmeCard($0.id) }.map { Link(label: $0.name, url: $0.url) }
            + news.relatedBasins.compactMap { basinCard($0.id) }.map { Link(label: $0.name, url: $0.url) }
        let body = NewsPageBody(
            title: text(news.title), summary: text(news.summary), dateHTML: timeHTML(news.date),
            contentHTML: html(bodyOf: file, diagnostics: &diagnostics),
            source: news.source.map(sourceText), sourceURL: news.source?.url.map(href), related: related, hasRelated: !related.isEmpty)
        let meta = meta(title: body.title, description: body.summary, path: SiteURLs.path(of: .news, id: file.id),
                        trail: [Link(label: "Actualités", url: link(SiteURLs.list(of: .news)))], section: SiteURLs.list(of: .news),
                        openGraphType: "article")
        return (page(meta, body), diagnostics)
    }

    /// The statement every French public site owes (RGAA), from `site.yaml`'s accessibility status.
    func defaultAccessibilityStatement() -> PageViewModel<FreePageBody> {
        let accessibility = site.accessibility
        let publisher = graph.organisations[site.publisher.id]
        // Typography goes on the words only, before they are escaped and wrapped in markup (never on URLs).
        func words(_ value: String) -> String { text(value).htmlEscaped }
        var paragraphs = [
            words("\(publisher?.name ?? site.title) s'engage à rendre ce site accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."),
            words("Le site « \(site.title) » est ") + "<strong>\(accessibility.status.label)</strong>"
                + words(" avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1."),
        ]
        if let audit = accessibility.auditDate {
            paragraphs.append(words("Cet état résulte d'un audit mené le ") + timeHTML(audit) + ".")
        } else {
            paragraphs.append(words("Aucun audit n'a encore été mené : le site est donc déclaré non conforme, bien qu'il soit conçu pour respecter le référentiel."))
        }
        let email = publisher?.contacts.first { $0.email != nil }?.email?.value
        let contact = email.map { "<a href=\"mailto:\($0.htmlEscaped)\">\($0.htmlEscaped)</a>" } ?? "<a href=\"\(link("/contacts/"))\">la page Contacts</a>"
        paragraphs.append(words("Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous (") + contact
                          + words(") : nous vous indiquerons une autre façon d'obtenir l'information."))
        paragraphs.append(words("Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : ")
                          + "<a href=\"https://formulaire.defenseurdesdroits.fr/\">\(words("formulaire en ligne du Défenseur des droits"))</a>.")
        let html = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let body = FreePageBody(title: "Déclaration d’accessibilité", summary: nil, contentHTML: html,
                                dateModifiedHTML: timeHTML(accessibility.auditDate ?? graph.buildDate))
        return page(meta(title: body.title, description: "L’état d’accessibilité du site et les recours possibles.",
                         path: SiteURLs.path(of: .page, id: "accessibilite")), body)
    }

    func freePage(_ file: ContentFile<Page>) -> (PageViewModel<FreePageBody>, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let body = FreePageBody(title: text(file.front.title), summary: text(file.front.summary),
                                contentHTML: html(bodyOf: file, diagnostics: &diagnostics),
                                dateModifiedHTML: timeHTML(file.meta.dateModified))
        let description = body.summary ?? "\(body.title) du site \(text(site.title))."
        let meta = meta(title: body.title, description: description, path: SiteURLs.path(of: .page, id: file.id))
        return (page(meta, body), diagnostics)
    }
}

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
    func newsCard(_ news: RecordNews) -> NewsCard {
        NewsCard(title: text(news.title), url: href(news.url), summary: text(news.summary), dateHTML: timeHTML(news.date))
    }

    func newsPage(_ news: RecordNews) -> PageViewModel<NewsPageBody> {
        let related = news.related.map(itemLink)
        let body = NewsPageBody(
            title: text(news.title), summary: text(news.summary), dateHTML: timeHTML(news.date), contentHTML: news.body.html,
            source: news.source.map(sourceText), sourceURL: news.source?.url.map(href), related: related, hasRelated: !related.isEmpty)
        let meta = meta(title: body.title, description: body.summary, path: news.path,
                        trail: [Link(label: "Actualités", url: link(SiteURLs.list(of: .news)))], section: SiteURLs.list(of: .news),
                        openGraphType: "article", plainTitle: news.title)
        return page(meta, body)
    }

    /// The statement every French public site owes (RGAA), from `site.yaml`'s accessibility status.
    func defaultAccessibilityStatement() -> PageViewModel<FreePageBody> {
        // Typography goes on the words only, before they are escaped and wrapped in markup (never on URLs).
        func words(_ value: String) -> String { HTML.text(text(value)) }
        var paragraphs = [
            words("\(site.publisher?.name ?? site.title) s'engage à rendre ce site accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."),
            words("Le site « \(site.title) » est ") + HTML.element("strong", HTML.text(site.accessibility.label))
                + words(" avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1."),
        ]
        if let audit = site.accessibilityAuditDate {
            paragraphs.append(words("Cet état résulte d'un audit mené le ") + timeHTML(audit) + ".")
        } else {
            paragraphs.append(words("Aucun audit n'a encore été mené : le site est donc déclaré non conforme, bien qu'il soit conçu pour respecter le référentiel."))
        }
        let publisher = site.publisher.flatMap { record.organisation($0.id) }
        let email = publisher?.contacts.first { $0.email != nil }?.email
        let contact = email.map { HTML.link("mailto:" + $0, text: $0) } ?? HTML.link(link("/contacts/"), text: "la page Contacts")
        paragraphs.append(words("Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous (") + contact
                          + words(") : nous vous indiquerons une autre façon d'obtenir l'information."))
        paragraphs.append(words("Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : ")
                          + HTML.link("https://formulaire.defenseurdesdroits.fr/", html: words("formulaire en ligne du Défenseur des droits")) + ".")
        let html = paragraphs.map { HTML.element("p", $0) }.joined(separator: "\n")
        let body = FreePageBody(title: "Déclaration d’accessibilité", summary: nil, contentHTML: html,
                                dateModifiedHTML: timeHTML(site.accessibilityAuditDate ?? record.lastModified))
        return page(meta(title: body.title, description: "L’état d’accessibilité du site et les recours possibles.",
                         path: SiteURLs.path(of: .page, id: "accessibilite")), body)
    }

    func freePage(_ page: RecordPage) -> PageViewModel<FreePageBody> {
        let body = FreePageBody(title: text(page.title), summary: text(page.summary), contentHTML: page.body.html,
                                dateModifiedHTML: timeHTML(page.dates.modified))
        let description = body.summary ?? "\(body.title) du site \(text(site.title))."
        let meta = meta(title: body.title, description: description, path: page.path, plainTitle: page.title)
        return self.page(meta, body)
    }
}

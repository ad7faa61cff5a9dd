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

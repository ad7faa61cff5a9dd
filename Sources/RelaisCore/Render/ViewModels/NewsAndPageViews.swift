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
    func freePage(_ page: RecordPage) -> PageViewModel<FreePageBody> {
        let body = FreePageBody(title: text(page.title), summary: text(page.summary), contentHTML: page.body.html,
                                dateModifiedHTML: timeHTML(page.dates.modified))
        let description = body.summary ?? "\(body.title) du site \(text(site.title))."
        let meta = meta(title: body.title, description: description, path: page.path, plainTitle: page.title)
        return self.page(meta, body)
    }
}

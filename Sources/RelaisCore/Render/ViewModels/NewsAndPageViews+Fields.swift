// The field tables of the view models in NewsAndPageViews.swift: what templates can name (see ViewFields).

extension NewsCard {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("url", \.url), .field("summary", \.summary), .field("dateHTML", \.dateHTML),
    ])
}

extension NewsPageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("summary", \.summary), .field("dateHTML", \.dateHTML),
        .field("contentHTML", \.contentHTML), .field("source", \.source), .field("sourceURL", \.sourceURL),
        .field("related", \.related), .field("hasRelated", \.hasRelated),
    ])
}

extension FreePageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("summary", \.summary), .field("contentHTML", \.contentHTML),
        .field("dateModifiedHTML", \.dateModifiedHTML),
    ])
}

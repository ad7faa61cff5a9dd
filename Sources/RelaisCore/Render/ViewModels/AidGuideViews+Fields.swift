// The field tables of the view models in AidGuideViews.swift: what templates can name (see ViewFields).

extension AidGuideBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("intro", \.intro), .field("count", \.count), .field("cards", \.cards),
        .field("hasCards", \.hasCards), .field("pagination", \.pagination), .field("facets", \.facets),
        .field("hasFacets", \.hasFacets), .field("guideLink", \.guideLink), .field("closedLink", \.closedLink),
    ])
}

extension Pagination {
    static let fields = ViewFields<Self>([
        .field("label", \.label), .field("previous", \.previous), .field("next", \.next), .field("pages", \.pages),
    ])
}

extension PageNumberLink {
    static let fields = ViewFields<Self>([
        .field("label", \.label), .field("url", \.url), .field("current", \.current), .field("gap", \.gap),
    ])
}

extension FacetGroup {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("links", \.links), .field("open", \.open),
    ])
}

extension FacetLink {
    static let fields = ViewFields<Self>([
        .field("label", \.label), .field("url", \.url), .field("count", \.count), .field("current", \.current),
    ])
}

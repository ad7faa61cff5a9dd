// The field tables of the view models in AidGuideViews.swift: what templates can name (see ViewFields).

extension AidGuideBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("intro", \.intro), .field("count", \.count), .field("cards", \.cards),
        .field("hasCards", \.hasCards), .field("pagination", \.pagination), .field("facets", \.facets),
        .field("hasFacets", \.hasFacets), .field("guideLink", \.guideLink), .field("closedLink", \.closedLink),
        .field("filter", \.filter), .field("bookletLink", \.bookletLink),
    ])
}

extension AidFilterForm {
    static let fields = ViewFields<Self>([
        .field("indexURL", \.indexURL), .field("scriptURL", \.scriptURL), .field("lists", \.lists),
    ])
}

extension FilterField {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("label", \.label), .field("options", \.options),
    ])
}

extension FilterOption {
    static let fields = ViewFields<Self>([
        .field("value", \.value), .field("label", \.label),
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

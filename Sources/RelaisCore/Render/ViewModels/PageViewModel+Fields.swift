import RelaisMustache

// The field tables of the view models in PageViewModel.swift: what templates can name (see ViewFields).

// The root of every page: asked for every name that climbs the context stack. Generic, so its table is made
// once per body type (GenericFieldTables).
extension PageViewModel {
    static var fields: ViewFields<Self> {
        GenericFieldTables.table { ViewFields([.field("site", \.site), .field("page", \.page), .field("body", \.body)]) }
    }

    // Asked for every name that climbs the context stack, on every page: answered without the table's lock.
    func value(named name: String) -> MustacheValue? {
        switch name {
        case "site": .model(site)
        case "page": .model(page)
        case "body": .model(body)
        default: nil
        }
    }
}

extension SiteChrome {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("homeURL", \.homeURL), .field("stylesheetURL", \.stylesheetURL),
        .field("feedURL", \.feedURL), .field("logo", \.logo), .field("faviconURL", \.faviconURL), .field("faviconType", \.faviconType),
        .field("navigation", \.navigation), .field("hasNavigation", \.hasNavigation),
        .field("accessibilityStatus", \.accessibilityStatus), .field("accessibilityURL", \.accessibilityURL),
        .field("footerLinks", \.footerLinks), .field("publisherName", \.publisherName),
        .field("description", \.description), .field("searchURL", \.searchURL),
    ])
}

extension NavigationLink {
    static let fields = ViewFields<Self>([
        .field("label", \.label), .field("url", \.url), .field("current", \.current),
    ])
}

extension Link {
    static let fields = ViewFields<Self>([
        .field("label", \.label), .field("url", \.url),
    ])
}

extension PageMeta {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("documentTitle", \.documentTitle), .field("description", \.description),
        .field("canonicalURL", \.canonicalURL), .field("openGraphType", \.openGraphType),
        .field("breadcrumb", \.breadcrumb), .field("hasBreadcrumb", \.hasBreadcrumb), .field("section", \.section),
        .field("noindex", \.noindex), .field("jsonLD", \.jsonLD),
        .field("previousURL", \.previousURL), .field("nextURL", \.nextURL),
    ])
}

extension StructuredDataBlock {
    static let fields = ViewFields<Self>([.field("json", \.json)])
}

extension Fact {
    static let fields = ViewFields<Self>([
        .field("term", \.term), .field("valueHTML", \.valueHTML),
    ])
}

extension DataTable {
    static let fields = ViewFields<Self>([
        .field("caption", \.caption), .field("rowHeading", \.rowHeading), .field("columns", \.columns),
        .field("rows", \.rows), .field("stacked", \.stacked),
    ])
}

extension DataTable.Row {
    static let fields = ViewFields<Self>([
        .field("header", \.header), .field("cells", \.cells), .field("labelled", \.labelled),
    ])
}

extension DataTable.Cell {
    static let fields = ViewFields<Self>([.field("label", \.label), .field("value", \.value)])
}

extension SiteChrome.Logo {
    static let fields = ViewFields<Self>([.field("url", \.url), .field("alt", \.alt)])
}

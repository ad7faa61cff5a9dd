import RelaisMustache

// The field tables of the view models in ListViews.swift: what templates can name (see ViewFields).

// Generic types cannot store statics: their tables are made once per card type (GenericFieldTables).
extension CardListBody {
    static var fields: ViewFields<Self> {
        GenericFieldTables.table {
            ViewFields([.field("title", \.title), .field("intro", \.intro), .field("sections", \.sections)])
        }
    }

    // Read on every lookup of its page: answered without the table's lock (the table serves the template check).
    func value(named name: String) -> MustacheValue? {
        switch name {
        case "title": .text(title)
        case "intro": .text(intro)
        case "sections": .list(sections.map { .model($0) })
        default: nil
        }
    }
}

extension CardListBody.Section {
    static var fields: ViewFields<Self> {
        GenericFieldTables.table {
            ViewFields([
                .field("id", \.id), .field("title", \.title), .field("cards", \.cards), .field("hasCards", \.hasCards),
                .field("emptyMessage", \.emptyMessage),
            ])
        }
    }

    func value(named name: String) -> MustacheValue? {
        switch name {
        case "id": .text(id)
        case "title": .text(title)
        case "cards": .list(cards.map { .model($0) })
        case "hasCards": .bool(hasCards)
        case "emptyMessage": .text(emptyMessage)
        default: nil
        }
    }
}

extension HomeBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("description", \.description), .field("figures", \.figures),
        .field("closingSoon", \.closingSoon), .field("hasClosingSoon", \.hasClosingSoon), .field("events", \.events),
        .field("hasEvents", \.hasEvents), .field("basins", \.basins), .field("hasBasins", \.hasBasins),
        .field("news", \.news), .field("hasNews", \.hasNews),
    ])
}

extension HomeBody.Figure {
    static let fields = ViewFields<Self>([
        .field("value", \.value), .field("label", \.label), .field("url", \.url),
    ])
}

extension SiteMapBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("groups", \.groups), .field("pages", \.pages),
    ])
}

extension SiteMapBody.Group {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("url", \.url), .field("links", \.links), .field("hasLinks", \.hasLinks), .field("parts", \.parts),
    ])
}

extension SiteMapBody.Group.Part {
    static let fields = ViewFields<Self>([.field("title", \.title), .field("links", \.links)])
}

extension NotFoundBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("searchURL", \.searchURL), .field("links", \.links),
    ])
}

extension EventListBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("intro", \.intro), .field("sections", \.sections), .field("calendarURL", \.calendarURL),
    ])
}

extension BasinListBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("intro", \.intro), .field("comparison", \.comparison), .field("sortedCopies", \.sortedCopies),
        .field("cards", \.cards),
        .field("hasCards", \.hasCards),
    ])
}

extension ComparisonTable {
    static let fields = ViewFields<Self>([
        .field("id", \.id), .field("isDefault", \.isDefault), .field("caption", \.caption), .field("nameHeader", \.nameHeader), .field("headers", \.headers), .field("rows", \.rows),
        .field("order", \.order),
    ])
}

extension ComparisonTable.Header {
    static let fields = ViewFields<Self>([.field("label", \.label), .field("url", \.url), .field("sort", \.sort)])
}

extension ComparisonTable.Row {
    static let fields = ViewFields<Self>([.field("name", \.name), .field("url", \.url), .field("cells", \.cells)])
}

extension ComparisonTable.Cell {
    static let fields = ViewFields<Self>([.field("text", \.text), .field("isNumber", \.isNumber)])
}

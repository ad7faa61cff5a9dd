// The field tables of the view models in BasinViews.swift: what templates can name (see ViewFields).

extension BasinCard {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("url", \.url), .field("summary", \.summary), .field("kind", \.kind),
        .field("aidCount", \.aidCount),
    ])
}

extension KeyFigureView {
    static let fields = ViewFields<Self>([
        .field("value", \.value), .field("label", \.label), .field("detail", \.detail), .field("status", \.status),
        .field("sourceHTML", \.sourceHTML),
    ])
}

extension BasinPageBody {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("summary", \.summary), .field("kind", \.kind), .field("region", \.region),
        .field("descriptionHTML", \.descriptionHTML), .field("keyFigures", \.keyFigures),
        .field("hasKeyFigures", \.hasKeyFigures), .field("indicators", \.indicators),
        .field("hasIndicators", \.hasIndicators), .field("subTerritories", \.subTerritories),
        .field("hasSubTerritories", \.hasSubTerritories), .field("aidGroups", \.aidGroups), .field("hasAids", \.hasAids),
        .field("events", \.events), .field("hasEvents", \.hasEvents), .field("programmes", \.programmes),
        .field("hasProgrammes", \.hasProgrammes), .field("contacts", \.contacts), .field("hasContacts", \.hasContacts),
        .field("dateModifiedHTML", \.dateModifiedHTML),
    ])
}

extension IndicatorView {
    static let fields = ViewFields<Self>([
        .field("id", \.id), .field("title", \.title), .field("definition", \.definition), .field("hasChart", \.hasChart),
        .field("caption", \.caption), .field("chartSVG", \.chartSVG), .field("legend", \.legend), .field("notes", \.notes),
        .field("table", \.table), .field("sourceHTML", \.sourceHTML),
    ])
}

extension IndicatorView.LegendItem {
    static let fields = ViewFields<Self>([.field("swatchSVG", \.swatchSVG), .field("text", \.text)])
}

extension AidGroup {
    static let fields = ViewFields<Self>([
        .field("id", \.id), .field("title", \.title), .field("cards", \.cards),
    ])
}

// The field tables of the view models in AidViews.swift: what templates can name (see ViewFields).

extension AidCard {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("url", \.url), .field("promise", \.promise), .field("status", \.status),
        .field("types", \.types), .field("audiences", \.audiences), .field("territories", \.territories),
        .field("amountSummary", \.amountSummary), .field("heading", \.heading),
    ])
}

extension StatusBadge {
    static let fields = ViewFields<Self>([
        .field("code", \.code), .field("label", \.label), .field("detailHTML", \.detailHTML),
    ])
}

extension AidPageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("promise", \.promise), .field("status", \.status),
        .field("descriptionHTML", \.descriptionHTML), .field("eligibilityHTML", \.eligibilityHTML),
        .field("amounts", \.amounts), .field("hasAmounts", \.hasAmounts), .field("jobConditions", \.jobConditions),
        .field("facts", \.facts), .field("backers", \.backers), .field("contacts", \.contacts),
        .field("documents", \.documents), .field("hasDocuments", \.hasDocuments), .field("programmes", \.programmes),
        .field("hasProgrammes", \.hasProgrammes), .field("applicationURL", \.applicationURL),
        .field("moreInfoURL", \.moreInfoURL), .field("source", \.source),
        .field("dateModifiedHTML", \.dateModifiedHTML), .field("related", \.related), .field("hasRelated", \.hasRelated),
    ])
}

extension BackerLine {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("url", \.url), .field("roles", \.roles),
    ])
}

extension DocumentLink {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("url", \.url), .field("details", \.details),
    ])
}

// The field tables of the view models in BookletViews.swift: what templates can name (see ViewFields).

extension BookletBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("siteTitle", \.siteTitle), .field("publisher", \.publisher),
        .field("editionHTML", \.editionHTML), .field("count", \.count), .field("pagination", \.pagination),
        .field("contents", \.contents), .field("aids", \.aids),
    ])
}

extension BookletAid {
    static let fields = ViewFields<Self>([
        .field("anchor", \.anchor), .field("title", \.title), .field("promise", \.promise), .field("status", \.status),
        .field("facts", \.facts), .field("amounts", \.amounts), .field("hasAmounts", \.hasAmounts),
        .field("eligibilityHTML", \.eligibilityHTML), .field("descriptionHTML", \.descriptionHTML),
        .field("contacts", \.contacts), .field("hasContacts", \.hasContacts), .field("applicationURL", \.applicationURL),
        .field("pageURL", \.pageURL),
    ])
}

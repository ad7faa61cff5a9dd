// The field tables of the view models in ContactViews.swift: what templates can name (see ViewFields).

extension ContactCard {
    static let fields = ViewFields<Self>([
        .field("anchor", \.anchor), .field("name", \.name), .field("role", \.role),
        .field("organisation", \.organisation), .field("organisationURL", \.organisationURL), .field("email", \.email),
        .field("emailHref", \.emailHref), .field("phone", \.phone), .field("phoneHref", \.phoneHref),
        .field("url", \.url), .field("address", \.address),
    ])
}

extension ContactsPageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("organisations", \.organisations),
    ])
}

extension ContactsPageBody.OrganisationEntry {
    static let fields = ViewFields<Self>([
        .field("id", \.id), .field("name", \.name), .field("kind", \.kind), .field("website", \.website),
        .field("contacts", \.contacts), .field("hasContacts", \.hasContacts), .field("aids", \.aids),
        .field("hasAids", \.hasAids),
    ])
}

/// A contact as a card: who, how to reach them.
struct ContactCard: ViewModel {
    let anchor: String
    let name: String
    let role: String?
    let organisation: String
    let organisationURL: String
    let email: String?
    let emailHref: String?
    let phone: String?
    let phoneHref: String?
    let url: String?
    let address: String?
}

/// `/contacts/`: every organisation, its contacts and the aids it handles.
struct ContactsPageBody: ViewModel {
    struct OrganisationEntry: ViewModel {
        let id: String
        let name: String
        let kind: String
        let website: String?
        let contacts: [ContactCard]
        let hasContacts: Bool
        let aids: [Link]
        let hasAids: Bool
    }
    let title: String
    let organisations: [OrganisationEntry]
}

extension Presentation {
    /// Anchors built with `--`, which ids and Markdown heading ids never contain, so they cannot collide with them.
    static func contactAnchor(_ id: String) -> String { "contact-" + id.replacingOccurrences(of: "/", with: "--") }
    static func organisationAnchor(_ id: String) -> String { "organisation--" + id }

    func contactCard(_ id: String) -> ContactCard? {
        guard let contact = graph.contacts[id] else { return nil }
        let organisationID = String(id.split(separator: "/").first ?? "")
        let organisation = graph.organisations[organisationID]
        // A person's details are shown only with their consent (checked at load); services always.
        let publishable = contact.kind == .service || contact.consentToPublish
        let phone = publishable ? contact.phone.flatMap { french.phone(e164: $0.e164) } : nil
        return ContactCard(
            anchor: Self.contactAnchor(id), name: text(contact.name), role: text(contact.role),
            organisation: text(organisation?.name ?? organisationID), organisationURL: link("/contacts/") + "#" + Self.organisationAnchor(organisationID),
            email: publishable ? contact.email?.value : nil, emailHref: publishable ? contact.email.map { "mailto:\($0.value)" } : nil,
            phone: phone?.display, phoneHref: phone?.href,
            url: publishable ? contact.url.map(href) : nil, address: publishable ? text(contact.address) : nil)
    }

    func contactsPage() -> PageViewModel<ContactsPageBody> {
        let organisations = graph.content.organisations.sortedFrench { $0.name + " " + $0.id }
        let entries = organisations.map { organisation in
            let aids = (graph.aidsByOrganisation[organisation.id] ?? []).compactMap { id in
                graph.aids[id].map { Link(label: text($0.front.title), url: link(SiteURLs.path(of: .aid, id: id))) }
            }
            let contacts = organisation.contacts.compactMap { contactCard($0.id) }
            return ContactsPageBody.OrganisationEntry(
                id: Self.organisationAnchor(organisation.id), name: text(organisation.name), kind: organisation.kind.label,
                website: organisation.url.map(href), contacts: contacts, hasContacts: !contacts.isEmpty,
                aids: aids, hasAids: !aids.isEmpty)
        }
        let body = ContactsPageBody(title: "Contacts", organisations: entries)
        let meta = meta(title: body.title, description: "Les organismes du guide, leurs contacts et les aides dont ils s’occupent.",
                        path: "/contacts/", section: "/contacts/")
        return page(meta, body)
    }
}

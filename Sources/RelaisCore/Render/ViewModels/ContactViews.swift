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
    /// Contacts come from the record, where the privacy rule is already applied.
    func contactCard(_ contact: PublishedContact) -> ContactCard {
        ContactCard(
            anchor: RecordBuilder.contactAnchor(contact.id), name: text(contact.name), role: text(contact.role),
            organisation: text(contact.organisation.name), organisationURL: href(contact.organisation.url),
            email: contact.email, emailHref: contact.email.map { "mailto:" + $0 },
            phone: contact.phone?.display, phoneHref: contact.phone?.href,
            url: contact.url.map(href), address: text(contact.address))
    }

    func contactsPage() -> PageViewModel<ContactsPageBody> {
        let entries = record.organisations.map { organisation in
            // Headlines, not whole aids: the page is not made again when an aid's text changes.
            let aids = organisation.aidIds.compactMap(record.aidHeadline).map { Link(label: text($0.title), url: href($0.url)) }
            let contacts = organisation.contacts.map(contactCard)
            return ContactsPageBody.OrganisationEntry(
                id: RecordBuilder.organisationAnchor(organisation.id), name: text(organisation.summary.name),
                kind: organisation.summary.kind.label, website: organisation.summary.website.map(href),
                contacts: contacts, hasContacts: !contacts.isEmpty, aids: aids, hasAids: !aids.isEmpty)
        }
        let body = ContactsPageBody(title: "Contacts", organisations: entries)
        let meta = meta(title: body.title, description: "Les organismes du guide, leurs contacts et les aides dont ils s’occupent.",
                        path: "/contacts/", section: "/contacts/")
        return page(meta, body)
    }
}

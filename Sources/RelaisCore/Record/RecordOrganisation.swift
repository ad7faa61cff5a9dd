/// An organisation as other items name it: enough to show and link it.
public struct OrganisationSummary: Sendable, Hashable, Encodable {
    public let id: String
    public let name: String
    public let acronym: String?
    public let siren: String?
    public let kind: Labelled
    /// Its own website.
    public let website: RecordURL?
    /// Its entry on the site's contacts page.
    public let url: RecordURL
}

/// A contact as it may be published. The privacy rule is applied when the record is made: a person who has
/// not consented is not in the record at all, so no output can show them.
public struct PublishedContact: Sendable, Hashable, Encodable {
    /// `organisation-id/contact-id`
    public let id: String
    /// The contact's own id inside its organisation.
    public let localId: String
    public let organisation: OrganisationSummary
    /// `person` or `service`.
    public let kind: String
    public let name: String
    public let role: String?
    public let email: String?
    public let phone: PublishedPhone?
    public let url: RecordURL?
    public let address: String?
}

/// A phone number in its three forms.
public struct PublishedPhone: Sendable, Hashable, Encodable {
    /// `+33199000000`
    public let e164: String
    /// `01 99 00 00 00` with no-break spaces.
    public let display: String
    /// `tel:+33199000000`
    public let href: String
}

/// An organisation of the guide with its published contacts and the aids it backs or answers for.
public struct RecordOrganisation: Sendable, Encodable {
    public let summary: OrganisationSummary
    public let contacts: [PublishedContact]
    /// Ids of the aids it backs or whose contact it is, in the guide's order.
    public let aidIds: [String]

    public var id: String { summary.id }
}

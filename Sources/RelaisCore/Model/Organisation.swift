import RelaisFrench

/// An organisation of `organisations.yaml`, with its contacts.
public struct Organisation: Sendable, Identifiable {
    public enum Kind: String, YAMLEnum {
        case stateMinistry, stateDeconcentrated, stateOperator, region, department, epci, ept, commune,
             consularChamber, association, company, consultancy, insertionStructure, other
        public var label: String {
            switch self {
            case .stateMinistry: "Ministère"
            case .stateDeconcentrated: "Service déconcentré de l’État"
            case .stateOperator: "Opérateur de l’État"
            case .region: "Région"
            case .department: "Département"
            case .epci: "Intercommunalité"
            case .ept: "Établissement public territorial"
            case .commune: "Commune"
            case .consularChamber: "Chambre consulaire"
            case .association: "Association"
            case .company: "Entreprise"
            case .consultancy: "Cabinet de conseil"
            case .insertionStructure: "Structure d’insertion"
            case .other: "Autre organisme"
            }
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var acronym: String?
    public var siren: String?
    public var url: ContentURL?
    public var contacts: [Contact]
    public var location: SourceLocation
}

/// A way to reach an organisation: a service or a person (published only with consent).
public struct Contact: Sendable, Identifiable {
    public enum Kind: String, YAMLEnum { case person, service }

    /// `organisation-id/contact-id`, the form used by references.
    public var id: String
    public var kind: Kind
    public var name: String
    public var role: String?
    public var email: EmailAddress?
    public var phone: PhoneNumber?
    public var url: ContentURL?
    public var address: String?
    public var consentToPublish: Bool
    /// When its details were last checked, and where that date is written.
    public var verified: Verification?
    public var location: SourceLocation
}

/// The day a contact's details were last checked (`verified`), and where it is written.
public struct Verification: Sendable, Hashable {
    public var date: CalendarDate
    public var location: SourceLocation
}

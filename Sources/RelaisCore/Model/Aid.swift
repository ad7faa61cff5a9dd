import Foundation
import RelaisFrench

/// An aid scheme: `aides/<id>.md`, the body is its description.
public struct Aid: Sendable {
    public var title: String
    public var promise: String
    public var aidTypes: [AidType]
    public var financialComponents: [FinancialComponent]
    public var audiences: [Audience]
    public var companySizes: [CompanySize]
    public var targetGroups: [TargetGroup]
    public var jobConditions: JobConditions?
    public var eligibility: MarkdownField
    public var themes: [Reference]
    public var territories: [TerritoryCode]
    public var backers: [Backer]
    public var programmes: [Reference]
    public var recurrence: Recurrence
    public var openingDate: CalendarDate?
    public var closingDate: CalendarDate?
    public var applicationURL: ContentURL?
    public var moreInfoURL: ContentURL?
    public var contacts: [Reference]
    public var documents: [Document]
    public var source: Source?
    /// What the authors say about the aid, over the dates: suspended, funds exhausted, closed by hand.
    public var availability: Availability? = nil
}

/// An aid closed to applications by its authors before its dates say so.
public struct Availability: Sendable, Hashable {
    public enum State: String, YAMLEnum {
        case suspended, fundsExhausted, closed

        public var label: String {
            switch self {
            case .suspended: "Suspendue"
            case .fundsExhausted: "Enveloppe épuisée"
            case .closed: "Clôturée"
            }
        }
    }

    public var state: State
    public var since: CalendarDate?
    /// A sentence for readers: why, and until when if known.
    public var note: String?
}

public enum AidType: String, YAMLEnum {
    case grant, loan, honourLoan, recoverableAdvance, guarantee, equity, hiringBonus, support, training, hosting, engineering, other

    public var label: String {
        switch self {
        case .grant: "Subvention"
        case .loan: "Prêt"
        case .honourLoan: "Prêt d’honneur"
        case .recoverableAdvance: "Avance remboursable"
        case .guarantee: "Garantie"
        case .equity: "Prise de participation"
        case .hiringBonus: "Aide à l’embauche"
        case .support: "Accompagnement et conseil"
        case .training: "Formation"
        case .hosting: "Hébergement"
        case .engineering: "Ingénierie"
        case .other: "Autre aide"
        }
    }

    /// The kinds that carry money, allowed in `financialComponents`.
    public var isFinancial: Bool {
        switch self {
        case .grant, .loan, .honourLoan, .recoverableAdvance, .guarantee, .equity, .hiringBonus: true
        default: false
        }
    }
}

public enum Audience: String, YAMLEnum {
    case company, businessCreator, jobSeeker, employee, association, insertionStructure, socialEconomy, localAuthority, publicBody

    public var label: String {
        switch self {
        case .company: "Entreprises"
        case .businessCreator: "Créateurs et repreneurs d’entreprise"
        case .jobSeeker: "Demandeurs d’emploi"
        case .employee: "Salariés"
        case .association: "Associations"
        case .insertionStructure: "Structures d’insertion"
        case .socialEconomy: "Économie sociale et solidaire"
        case .localAuthority: "Collectivités"
        case .publicBody: "Organismes publics"
        }
    }
}

public enum CompanySize: String, YAMLEnum {
    case MIC, PME, ETI, GE
    public var label: String {
        switch self {
        case .MIC: "Microentreprises"
        case .PME: "PME"
        case .ETI: "ETI"
        case .GE: "Grandes entreprises"
        }
    }
}

public enum TargetGroup: String, YAMLEnum {
    case young, senior, women, disabled, longTermUnemployed, qpvResident
    public var label: String {
        switch self {
        case .young: "Jeunes"
        case .senior: "Seniors"
        case .women: "Femmes"
        case .disabled: "Personnes handicapées"
        case .longTermUnemployed: "Demandeurs d’emploi de longue durée"
        case .qpvResident: "Habitants des quartiers prioritaires"
        }
    }
}

public enum Recurrence: String, YAMLEnum {
    case oneOff, ongoing, recurring
    public var label: String {
        switch self {
        case .oneOff: "Ponctuelle"
        case .ongoing: "Permanente"
        case .recurring: "Récurrente"
        }
    }
}

/// One money part of an aid: "prêt de 15 000 € par emploi créé, plafonné à 225 000 €, sur 5 ans".
public struct FinancialComponent: Sendable, Hashable {
    public enum Basis: String, YAMLEnum {
        case jobCreated, project, company, person, year
        public var phrase: String {
            switch self {
            case .jobCreated: "par emploi créé"
            case .project: "par projet"
            case .company: "par entreprise"
            case .person: "par personne"
            case .year: "par an"
            }
        }
    }
    public var kind: AidType
    public var amount: Decimal?
    public var per: Basis?
    public var cap: Decimal?
    public var rateMax: Percent?
    public var interestRate: Percent?
    public var durationMonths: Int?
    public var territory: TerritoryCode?
    public var note: String?
    /// The low end of a range: "de 3 000 € à 50 000 €" (up to `amount`, or to `cap` when there is no amount).
    public var minAmount: Decimal? = nil
    /// "de 20 % à 40 % des dépenses" (with `rateMax`).
    public var rateMin: Percent? = nil
    /// "remboursable sur 2 à 5 ans" (with `durationMonths`).
    public var minDurationMonths: Int? = nil

    /// The longest duration a component can state: 50 years.
    public static let maximumMonths = 600
}

public struct JobConditions: Sendable, Hashable {
    public enum ContractType: String, YAMLEnum {
        case CDI, CDD6m, apprenticeship
        public var label: String {
            switch self {
            case .CDI: "CDI"
            case .CDD6m: "CDD de six mois ou plus"
            case .apprenticeship: "contrat d’apprentissage"
            }
        }
    }
    public var minNetJobs: Int?
    public var contractTypes: [ContractType]
    public var withinMonths: Int?
}

/// An organisation behind an aid and what it does for it.
public struct Backer: Sendable, Hashable {
    public enum Role: String, YAMLEnum {
        case funder, instructor, `operator`, cofunder
        public var label: String {
            switch self {
            case .funder: "financeur"
            case .instructor: "instructeur"
            case .`operator`: "opérateur"
            case .cofunder: "cofinanceur"
            }
        }
    }
    public var organisation: Reference
    public var roles: [Role]
}

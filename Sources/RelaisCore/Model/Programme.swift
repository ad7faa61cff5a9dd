import Foundation
import RelaisFrench

/// A programme that funds aids: `programmes/<id>.md`, the body is its presentation.
public struct Programme: Sendable {
    public enum Kind: String, YAMLEnum {
        case regionalContract, plan, commitment, callForInterest, pilotScheme, fund, legalObligation, other
        public var label: String {
            switch self {
            case .regionalContract: "Contrat régional"
            case .plan: "Plan"
            case .commitment: "Engagement"
            case .callForInterest: "Appel à manifestation d’intérêt"
            case .pilotScheme: "Dispositif expérimental"
            case .fund: "Fonds"
            case .legalObligation: "Obligation légale"
            case .other: "Programme"
            }
        }
    }
    /// A year (`2011`) or a date.
    public enum PeriodBound: Sendable, Hashable {
        case year(Int)
        case date(CalendarDate)
        public var year: Int {
            switch self {
            case .year(let year): year
            case .date(let date): date.year
            }
        }
    }

    public var name: String
    public var summary: String
    public var acronym: String?
    public var kind: Kind
    public var periodStart: PeriodBound
    public var periodEnd: PeriodBound?
    public var pilots: [Reference]
    public var territories: [TerritoryCode]
    public var budget: Budget?
    public var targets: [Target]
    public var axes: [Axis]
    public var workstreams: [Workstream]
    public var governance: [GovernanceBody]
    public var pilotTerritories: [PilotTerritory]
    public var legalBasis: [LegalBasis]
}

public struct Budget: Sendable, Hashable {
    public var total: Decimal?
    public var perYear: Decimal?
    public var years: Int?
    public var note: String?
}

public struct Target: Sendable, Hashable {
    public enum Basis: String, YAMLEnum { case year, total }
    public enum CountingMethod: String, YAMLEnum {
        case direct, supported, induced
        public var label: String {
            switch self {
            case .direct: "emplois directement créés"
            case .supported: "emplois soutenus"
            case .induced: "emplois induits"
            }
        }
    }
    public struct Result: Sendable, Hashable { public var period: String; public var value: Decimal }

    public var label: String
    public var value: Decimal
    public var unit: FigureUnit
    public var per: Basis
    public var countingMethod: CountingMethod?
    public var results: [Result]
}

public struct Axis: Sendable, Hashable {
    public var title: String
    public var description: MarkdownField?
}

public struct Workstream: Sendable, Hashable {
    public var title: String
    public var leads: String?
}

public struct GovernanceBody: Sendable, Hashable {
    public var body: String
    public var role: String?
    public var frequency: String?
    public var members: String?
}

public struct PilotTerritory: Sendable, Hashable {
    public enum Status: String, YAMLEnum {
        case candidate, selected, active, ended
        public var label: String {
            switch self {
            case .candidate: "candidat"
            case .selected: "retenu"
            case .active: "en cours"
            case .ended: "terminé"
            }
        }
    }
    /// A name or a territory code.
    public var territory: String
    /// Organisation ids or plain text.
    public var projectCarriers: [Reference]
    public var status: Status?
    public var summary: String?
}

public struct LegalBasis: Sendable, Hashable {
    public var label: String
    public var url: ContentURL?
}

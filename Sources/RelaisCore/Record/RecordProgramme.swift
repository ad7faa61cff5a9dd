import Foundation
import RelaisFrench

/// A programme that funds aids, with its pilots resolved and the aids and events linked to it.
public struct RecordProgramme: Sendable, Encodable {
    public let id: String
    public let path: String
    public let url: RecordURL
    public let sourceFile: String
    public let name: String
    public let summary: String
    public let acronym: String?
    public let description: RichText
    public let kind: Labelled
    public let periodStart: RecordPeriodBound
    public let periodEnd: RecordPeriodBound?
    public let pilots: [OrganisationSummary]
    public let territories: [NamedTerritory]
    public let budget: RecordBudget?
    public let targets: [RecordTarget]
    public let axes: [RecordAxis]
    public let workstreams: [RecordWorkstream]
    public let governance: [RecordGovernanceBody]
    public let pilotTerritories: [RecordPilotTerritory]
    public let legalBasis: [RecordLegalBasis]
    public let aidIds: [String]
    public let eventIds: [String]
    /// The basins that name the programme, by name: linked from its page.
    public let basins: [ItemSummary]
    public let dates: RecordDates
}

/// A year (`2011`) or a full date.
public struct RecordPeriodBound: Sendable, Hashable, Encodable {
    public let year: Int
    public let date: CalendarDate?
}

public struct RecordBudget: Sendable, Hashable, Encodable {
    public let total: Decimal?
    public let perYear: Decimal?
    public let years: Int?
    public let note: String?
}

public struct RecordTarget: Sendable, Hashable, Encodable {
    public struct Result: Sendable, Hashable, Encodable { public let period: String; public let value: Decimal }
    public let label: String
    public let value: Decimal
    public let unit: Labelled
    /// `year` or `total`.
    public let per: String
    public let countingMethod: Labelled?
    public let results: [Result]
}

public struct RecordAxis: Sendable, Encodable {
    public let title: String
    public let description: RichText?
}

public struct RecordWorkstream: Sendable, Hashable, Encodable {
    public let title: String
    public let leads: String?
}

public struct RecordGovernanceBody: Sendable, Hashable, Encodable {
    public let body: String
    public let role: String?
    public let frequency: String?
    public let members: String?
}

public struct RecordPilotTerritory: Sendable, Hashable, Encodable {
    public struct Carrier: Sendable, Hashable, Encodable {
        public let name: String
        public let organisation: OrganisationSummary?
    }
    /// A name, or a territory code with its name.
    public let territory: String
    public let projectCarriers: [Carrier]
    public let status: Labelled?
    public let summary: String?
}

public struct RecordLegalBasis: Sendable, Hashable, Encodable {
    public let label: String
    public let url: RecordURL?
}

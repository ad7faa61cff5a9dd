import Foundation

/// A basin dashboard: its figures, indicators, and the aids, events and programmes found for it.
public struct RecordBasin: Sendable, Encodable {
    public let id: String
    public let path: String
    public let url: RecordURL
    public let sourceFile: String
    public let name: String
    public let summary: String
    public let description: RichText
    public let kind: Labelled
    public let region: String?
    /// The territory codes the basin covers (its own, its sub-territories', with their department and region).
    public let codes: [String]
    /// The codes the basin is made of, as written: `codes.cog` and `ZE-<ze2020>`, or without them its sub-territories'
    /// codes. What an aid on the whole basin covers in open data (`codes` would add the regions around it).
    public let ownCodes: [String]
    public let subTerritories: [RecordSubTerritory]
    public let keyFigures: [RecordKeyFigure]
    public let indicators: [RecordIndicator]
    public let programmes: [ItemSummary]
    public let contacts: [PublishedContact]
    /// Aids whose territories meet the basin's codes, in the guide's order.
    public let aidIds: [String]
    /// Events that name the basin, soonest first.
    public let eventIds: [String]
    /// The CSV files its series come from.
    public let dataFiles: [String]
    public let dates: RecordDates
}

public struct RecordSubTerritory: Sendable, Hashable, Encodable {
    public let name: String
    public let code: String?
}

public struct RecordKeyFigure: Sendable, Hashable, Encodable {
    public let label: String
    public let value: Decimal
    /// `euro`, `people`, `jobs`…
    public let unit: Labelled
    public let period: String?
    public let qualifier: Labelled?
    public let comparisonShare: Decimal?
    public let comparisonOf: String?
    /// `final`, `provisional` or `estimate`, when the author says.
    public let status: Labelled?
    public let source: RecordSource
}

public struct RecordIndicator: Sendable, Hashable, Encodable {
    public struct Point: Sendable, Hashable, Encodable {
        public let period: String
        public let value: Decimal
        public let status: Labelled?
    }
    public let id: String
    public let label: String
    public let unit: Labelled
    public let definition: String?
    public let source: RecordSource
    /// `bar`, `line` or `none`.
    public let chart: String
    public let target: Decimal?
    public let series: [Point]
}

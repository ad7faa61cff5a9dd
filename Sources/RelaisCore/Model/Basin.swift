import Foundation

/// A basin dashboard: `bassins/<id>.md`, the body is its presentation.
public struct Basin: Sendable {
    public enum Kind: String, YAMLEnum {
        case employmentZone, localBasin, miningBasin, epci, department, region, industryTerritory, other
        public var label: String {
            switch self {
            case .employmentZone: "Zone d’emploi"
            case .localBasin: "Bassin d’emploi local"
            case .miningBasin: "Bassin minier"
            case .epci: "Intercommunalité"
            case .department: "Département"
            case .region: "Région"
            case .industryTerritory: "Territoire d’industrie"
            case .other: "Territoire"
            }
        }
    }

    public var name: String
    public var summary: String
    public var kind: Kind
    public var ze2020: String?
    public var cogCodes: [TerritoryCode]
    public var region: String?
    public var subTerritories: [SubTerritory]
    public var keyFigures: [KeyFigure]
    public var indicators: [Indicator]
    public var programmes: [Reference]
    public var contacts: [Reference]
}

public struct SubTerritory: Sendable, Hashable {
    public var name: String
    public var code: TerritoryCode?
}

/// The unit of a figure; decides how its value is written.
public enum FigureUnit: String, YAMLEnum {
    case euro, people, jobs, contracts, companies, percent, count
    public var label: String {
        switch self {
        case .euro: "euros"
        case .people: "personnes"
        case .jobs: "emplois"
        case .contracts: "contrats"
        case .companies: "entreprises"
        case .percent: "%"
        case .count: ""
        }
    }
}

public struct KeyFigure: Sendable, Hashable {
    public enum Qualifier: String, YAMLEnum {
        case perYear, total, extraPerYear
        public var label: String {
            switch self {
            case .perYear: "par an"
            case .total: "au total"
            case .extraPerYear: "en plus par an"
            }
        }
    }
    public struct Comparison: Sendable, Hashable { public var share: Percent; public var of: String }
    /// How the figure was established; said in words beside it.
    public enum Status: String, YAMLEnum {
        case final, provisional, estimate
        public var label: String {
            switch self {
            case .final: "chiffre définitif"
            case .provisional: "chiffre provisoire"
            case .estimate: "estimation"
            }
        }
    }

    public var label: String
    public var value: Decimal
    public var unit: FigureUnit
    public var period: String?
    public var qualifier: Qualifier?
    public var comparison: Comparison?
    public var status: Status?
    public var source: Source
}

/// A series of values with its unit and source, shown as a chart and always as a table.
public struct Indicator: Sendable, Hashable {
    public enum Chart: String, YAMLEnum { case bar, line, none }
    public struct Point: Sendable, Hashable {
        public enum Status: String, YAMLEnum {
            case final, provisional, estimate, target
            public var label: String {
                switch self {
                case .final: "définitif"
                case .provisional: "provisoire"
                case .estimate: "estimation"
                case .target: "objectif"
                }
            }
        }
        public var period: String
        public var value: Decimal
        public var status: Status?
    }

    public var id: String
    public var label: String
    public var unit: FigureUnit
    public var definition: String?
    public var source: Source
    public var chart: Chart
    /// Where `chart` is written, when it is: a chart asked for needs two points at least.
    public var chartLocation: SourceLocation?
    /// A value to reach, drawn as a line across the chart.
    public var target: Decimal?
    public var series: [Point]
    /// The CSV file the series comes from, as written (with where it is written).
    public var csvReference: Reference?
    /// The CSV file the series came from, once read: a dependency of the basin's page.
    public var csvPath: String?
}

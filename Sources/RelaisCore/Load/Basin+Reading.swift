import Foundation
import Yams

extension Basin {
    init?(reading r: MappingReader) {
        let name: String? = r.read("name")
        let summary = r.read("summary") as String?
        let kind: Kind? = r.read("kind")
        let codes: BasinCodes? = r.read("codes")
        let region: String? = r.read("region")
        let subTerritories: [SubTerritory] = r.list("subTerritories")
        let keyFigures: [KeyFigure] = r.list("keyFigures")
        let indicators: [Indicator] = r.list("indicators")
        let programmes: [Reference] = r.list("programmes")
        let contacts: [Reference] = r.list("contacts")
        var seen: Set<String> = []
        for indicator in indicators where !seen.insert(indicator.id).inserted {
            r.requireCondition("indicators", "Deux indicateurs portent l'identifiant « \(indicator.id) ».",
                               hint: "Donnez à chaque indicateur un « id » différent.")
        }
        guard let name, let summary, let kind else { return nil }
        self.init(name: name, summary: summary, kind: kind, ze2020: codes?.ze2020, cogCodes: codes?.cog ?? [], region: region,
                  subTerritories: subTerritories, keyFigures: keyFigures, indicators: indicators, programmes: programmes,
                  contacts: contacts)
    }
}

/// `codes: { ze2020, cog }`, only while reading.
struct BasinCodes: YAMLMapping {
    var ze2020: String?
    var cog: [TerritoryCode]
    init?(reading r: MappingReader) {
        ze2020 = r.read("ze2020")
        cog = r.list("cog")
    }
}

extension SubTerritory: YAMLMapping {
    init?(reading r: MappingReader) {
        let name: String? = r.read("name")
        let code: TerritoryCode? = r.read("code")
        guard let name else { return nil }
        self.init(name: name, code: code)
    }
}

extension KeyFigure: YAMLMapping {
    init?(reading r: MappingReader) {
        let label: String? = r.read("label")
        let value: Decimal? = r.read("value")
        let unit: FigureUnit? = r.read("unit")
        let period: String? = r.read("period")
        let qualifier: Qualifier? = r.read("qualifier")
        let comparison: Comparison? = r.read("comparison")
        let status: Status? = r.read("status")
        let source: Source? = r.read("source")
        guard let label, let value, let unit, let source else { return nil }
        self.init(label: label, value: value, unit: unit, period: period, qualifier: qualifier, comparison: comparison, status: status, source: source)
    }
}

extension KeyFigure.Comparison: YAMLMapping {
    init?(reading r: MappingReader) {
        let share: Percent? = r.read("share")
        let of: String? = r.read("of")
        guard let share, let of else { return nil }
        self.init(share: share, of: of)
    }
}

extension Indicator: YAMLMapping {
    /// `series` is an inline list, or `{ csv: data/x.csv }`; `csv: data/x.csv` beside it is accepted too.
    /// A CSV series is read by the loader once the file's folder is known.
    init?(reading r: MappingReader) {
        let id: String? = r.read("id")
        let label: String? = r.read("label")
        let unit: FigureUnit? = r.read("unit")
        let definition: String? = r.read("definition")
        let source: Source? = r.read("source")
        let chart: Chart? = r.read("chart")
        let target: Decimal? = r.read("target")
        let seriesNode = r.valueNode("series")
        let csvKey: Reference? = r.read("csv")
        var points: [Point] = []
        var csvReference = csvKey
        if let seriesNode {
            if case .mapping = seriesNode {
                csvReference = CSVSeriesReference.read(seriesNode, field: r.path("series"), in: r.context)?.csv
            } else {
                points = [Point].read(seriesNode, field: r.path("series"), in: r.context) ?? []
                if case .sequence(let items) = seriesNode {
                    points = Self.checked(points, nodes: Array(items), in: r.context)
                }
                if case .sequence(let items) = seriesNode, items.isEmpty {
                    r.context.warning(at: seriesNode, "La série de l'indicateur « \(id ?? "") » est vide.",
                                      hint: "Ajoutez au moins une valeur : [{ period: \"2018\", value: 3000 }].")
                }
            }
            if csvKey != nil {
                r.requireCondition("csv", "L'indicateur a à la fois « series » et « csv ».", hint: "Gardez l'un des deux.")
            }
        } else if csvKey == nil {
            r.requireCondition("series", "L'indicateur « \(id ?? "") » n'a pas de série de valeurs.",
                               hint: "Ajoutez « series: [{ period: \"2018\", value: 3000 }] » ou « series: { csv: data/fichier.csv } ».")
        }
        if let id, !Identifier.isValid(id) {
            r.requireCondition("id", "« \(id) » n'est pas un identifiant valide.",
                               hint: "Utilisez des minuscules sans accent, des chiffres et des tirets : « \(Identifier.suggestion(for: id)) ».")
        }
        guard let id, let label, let unit, let source else { return nil }
        self.init(id: id, label: label, unit: unit, definition: definition, source: source, chart: chart ?? .bar,
                  chartLocation: chart == nil ? nil : r.location(of: "chart"), target: target,
                  series: points, csvReference: csvReference, csvPath: nil)
    }

    /// The points whose period reads, once each and in order; the others are reported where they are written.
    private static func checked(_ points: [Point], nodes: [Node], in context: ReadContext) -> [Point] {
        // A point that did not read (no value, say) is already reported: match the others to their nodes.
        guard points.count == nodes.count else { return points }
        var check = SeriesCheck(file: context.file, log: context.log)
        var kept: [Point] = []
        for (point, node) in zip(points, nodes) {
            var location = context.location(of: node)
            if case .mapping(let mapping) = node, let period = mapping.first(where: { $0.key.scalarText == "period" })?.value {
                location = context.location(of: period)
            }
            if check.checkPeriod(point.period, at: location) {
                check.accept(point)
                kept.append(point)
            }
        }
        return kept
    }
}

struct CSVSeriesReference: YAMLMapping {
    var csv: Reference
    init?(reading r: MappingReader) {
        guard let csv: Reference = r.read("csv") else { return nil }
        self.csv = csv
    }
}

extension Indicator.Point: YAMLMapping {
    init?(reading r: MappingReader) {
        let period: String? = r.read("period")
        let value: Decimal? = r.read("value")
        let status: Status? = r.read("status")
        guard let period, let value else { return nil }
        self.init(period: period, value: value, status: status)
    }
}

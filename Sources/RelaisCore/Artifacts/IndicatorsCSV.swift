import Foundation

/// `/donnees/indicateurs.csv`: every value of every basin's indicators in long format, one row per value:
/// basin, indicator, period, value (a plain number, decimal point), unit, status, source. What the charts draw,
/// for re-use; written through CSVWriter, which escapes for CSV and defuses formulas.
enum IndicatorsCSV {
    static let path = "/donnees/indicateurs.csv"
    static let header = ["bassin", "bassin_nom", "indicateur", "indicateur_libelle", "periode", "valeur", "unite", "statut", "source", "source_url"]

    /// The columns, for `datapackage.json`: `frictionless validate` checks the file against them.
    static func schema(homepage: String) -> TableSchema {
        func field(_ name: String, _ title: String, _ type: String = "string", required: Bool = true) -> TableSchema.Field {
            TableSchema.Field(name: name, title: title, type: type, constraints: required ? TableSchema.Constraints(required: true) : nil)
        }
        return TableSchema(name: "indicateurs-bassins", title: "Indicateurs des bassins d'emploi", version: "1.0.0", homepage: homepage, fields: [
            field("bassin", "Identifiant du bassin"), field("bassin_nom", "Nom du bassin"), field("indicateur", "Identifiant de l'indicateur"),
            field("indicateur_libelle", "Ce que l'indicateur mesure"), field("periode", "Période (2018, 2018-03, 2018-T1, 2018-S1)"),
            field("valeur", "Valeur, point décimal", "number"), field("unite", "Unité"),
            field("statut", "final, provisional, estimate ou target"), field("source", "Source"),
            field("source_url", "Adresse de la source", required: false),
        ], missingValues: [""])
    }

    static func write(_ record: RecordReader) -> String {
        var csv = CSVWriter()
        csv.appendRow(texts: header)
        for basin in record.basins {
            for indicator in basin.indicators {
                let source = [indicator.source.organisationName, indicator.source.title].compactMap { $0 }.joined(separator: ", ")
                for point in indicator.series {
                    csv.appendRow([
                        .text(basin.id), .text(basin.name), .text(indicator.id), .text(indicator.label), .text(point.period),
                        .number(point.value), .text(indicator.unit.code), .text(point.status?.code ?? "final"), .text(source),
                        .text(indicator.source.url?.absolute ?? ""),
                    ])
                }
            }
        }
        return csv.text
    }
}

import Foundation

/// `/donnees/indicateurs.csv`: every value of every basin's indicators in long format, one row per value:
/// basin, indicator, period, value (a plain number, decimal point), unit, status, source. What the charts draw,
/// for re-use; written through CSVWriter, which escapes for CSV and defuses formulas.
enum IndicatorsCSV {
    static let path = "/donnees/indicateurs.csv"
    static let header = ["bassin", "bassin_nom", "indicateur", "indicateur_libelle", "periode", "valeur", "unite", "statut", "source", "source_url"]

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

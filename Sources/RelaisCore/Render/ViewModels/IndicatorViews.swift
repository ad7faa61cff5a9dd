import Foundation
import RelaisFrench

/// One indicator of a basin: its chart when it has one (inline SVG drawn by Relais), the key to the chart, what its
/// statuses mean, and always its data table.
struct IndicatorView: ViewModel {
    struct LegendItem: ViewModel {
        /// Decorative inline SVG, Relais's own markup.
        let swatchSVG: String
        let text: String
    }
    let id: String
    let title: String
    let definition: String?
    let hasChart: Bool
    let caption: String
    /// Inline SVG, Relais's own markup with every text escaped (SVGWriter).
    let chartSVG: String
    let legend: [LegendItem]
    /// What the statuses of the values mean, in words: estimates are not official numbers.
    let notes: [String]
    let table: DataTable
    let sourceHTML: String
}

extension Presentation {
    /// Tick and bar labels: short money and percentages, bare numbers for counts (the caption names the unit).
    func axisValue(_ value: Decimal, unit: Labelled) -> String {
        switch unit.code {
        case "euro": french.moneyShort(value)
        case "percent": french.percent(value)
        default: french.number(value)
        }
    }

    func indicatorView(_ indicator: RecordIndicator) -> IndicatorView {
        let points = indicator.series.map { point in
            ChartData.Point(period: point.period, value: point.value, valueText: axisValue(point.value, unit: indicator.unit),
                            status: point.status.flatMap { ChartData.Status(rawValue: $0.code) } ?? .final)
        }
        let data = ChartData(idPrefix: ChartData.idPrefix(forIndicator: indicator.id), title: text(indicator.label), points: points, target: indicator.target) {
            axisValue($0, unit: indicator.unit)
        }
        let hasChart = indicator.chart != "none" && points.count >= 2
        let isLine = indicator.chart == "line"
        let svg = hasChart ? (isLine ? LineChart.svg(data) : BarChart.svg(data)) : ""
        let legend = hasChart ? ChartLegend.items(data, line: isLine).map { IndicatorView.LegendItem(swatchSVG: $0.swatchSVG, text: text($0.text)) } : []
        var notes: [String] = []
        let statuses = Set(points.map(\.status))
        if statuses.contains(.provisional) { notes.append("Les valeurs marquées « provisoire » peuvent encore changer.") }
        if statuses.contains(.estimate) {
            notes.append("Les valeurs marquées « estimation » sont illustratives : ce ne sont pas des chiffres officiels.")
        }
        if statuses.contains(.target) { notes.append("Les valeurs marquées « objectif » sont des cibles annoncées, pas des résultats constatés.") }
        let unitPhrase = switch indicator.unit.code {
        case "euro": ", en euros"
        case "percent": ", en pourcentage"
        case "count": ""
        default: ", en \(indicator.unit.label)"
        }
        let periods = points.count >= 2 ? ", de \(points[0].period) à \(points[points.count - 1].period)" : ""
        var columns = ["Valeur", "Statut"]
        if indicator.target != nil { columns.append("Écart à l’objectif") }
        let table = DataTable(
            caption: text("Données : " + indicator.label), rowHeading: "Période", columns: columns,
            rows: indicator.series.map { point in
                var cells = [figure(point.value, unit: indicator.unit), point.status?.label ?? "définitif"]
                if let target = indicator.target { cells.append(figure(point.value - target, unit: indicator.unit)) }
                return DataTable.Row(header: point.period, cells: cells)
            })
        return IndicatorView(
            id: RecordBuilder.indicatorAnchor(indicator.id), title: text(indicator.label), definition: text(indicator.definition),
            hasChart: hasChart, caption: text((isLine ? "Courbe : " : "Diagramme en barres : ") + indicator.label + unitPhrase + periods),
            chartSVG: svg, legend: legend, notes: notes.map(text), table: table, sourceHTML: sourceHTML(indicator.source))
    }

    /// The source in words, linked to where it can be read when the content gives an address.
    func sourceHTML(_ source: RecordSource) -> String {
        let words = HTML.words(sourceText(source))
        return source.url.map { HTML.link(href($0), html: words) } ?? words
    }
}

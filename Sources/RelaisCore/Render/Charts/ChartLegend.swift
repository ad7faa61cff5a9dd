/// The key beside a chart: each way of drawing a value, with its meaning in words. Swatches are decorative
/// (`aria-hidden`): the words say it all.
enum ChartLegend {
    struct Item: Sendable {
        /// Inline SVG, Relais's own markup.
        let swatchSVG: String
        let text: String
    }

    static let swatchAttributes: [SVGWriter.Attribute] = [
        ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart__swatch"), ("viewBox", "0 0 24 18"), ("width", "24"), ("height", "18"),
        ("aria-hidden", "true"), ("focusable", "false"),
    ]

    static func items(_ data: ChartData, line: Bool) -> [Item] {
        let short = ChartFrame(data).usesShortStatus
        var items = data.statuses.map { status in
            // The abbreviation written under the axis, spelt out here.
            let suffix = short && status != .final ? " (« \(status.shortLabel) » sous l’axe)" : ""
            return line ? Item(swatchSVG: LineChart.swatch(status), text: LineChart.legendText(status) + suffix)
                : Item(swatchSVG: BarChart.swatch(status, data: data), text: BarChart.legendText(status) + suffix)
        }
        if let text = data.targetText {
            var svg = SVGWriter()
            svg.start("svg", swatchAttributes)
            svg.element("line", [("class", "chart__target"), ("x1", "0"), ("y1", "9"), ("x2", "24"), ("y2", "9")])
            items.append(Item(swatchSVG: svg.finish(), text: "ligne en tirets : objectif de \(text)"))
        }
        return items
    }
}

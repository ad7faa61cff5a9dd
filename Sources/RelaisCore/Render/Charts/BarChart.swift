/// A bar chart as inline SVG: one bar per period from the zero line, its value written above it; provisional values
/// hatched, estimates cross-hatched, targets drawn as an empty dashed outline, each also named under its period.
enum BarChart {
    static func svg(_ data: ChartData) -> String {
        var svg = SVGWriter()
        let frame = ChartFrame(data)
        frame.open(&svg, kind: "Diagramme en barres", className: "chart__svg--bar")
        let barWidth = min(frame.slotWidth * 0.6, 72)
        let base = frame.y(0)
        svg.start("g", [("class", "chart__bars")])
        for (index, point) in data.points.enumerated() {
            let y = frame.y(point.value)
            let top = min(y, base), x = frame.x(index)
            var attributes: [SVGWriter.Attribute] = [
                ("class", "chart__bar chart__bar--\(point.status.rawValue)"), ("x", SVGWriter.number(x - barWidth / 2)),
                ("y", SVGWriter.number(top)), ("width", SVGWriter.number(barWidth)), ("height", SVGWriter.number(abs(base - y))),
            ]
            if point.status == .provisional || point.status == .estimate { attributes.append(("fill", "url(#\(data.patternID(point.status)))")) }
            svg.element("rect", attributes)
            svg.element("text", [("class", "chart__value"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(top - 6)), ("text-anchor", "middle")],
                        text: point.valueText)
        }
        svg.end()
        frame.targetLine(&svg)
        frame.periodLabels(&svg)
        return svg.finish()
    }

    /// A small bar in the style of `status`, for the legend beside the chart.
    static func swatch(_ status: ChartData.Status, data: ChartData) -> String {
        var svg = SVGWriter()
        svg.start("svg", ChartLegend.swatchAttributes)
        var attributes: [SVGWriter.Attribute] = [("class", "chart__bar chart__bar--\(status.rawValue)"), ("x", "3"), ("y", "2"), ("width", "18"), ("height", "14")]
        if status == .provisional || status == .estimate { attributes.append(("fill", "url(#\(data.patternID(status)))")) }
        svg.element("rect", attributes)
        return svg.finish()
    }

    static func legendText(_ status: ChartData.Status) -> String {
        switch status {
        case .final: "barre pleine : valeur définitive"
        case .provisional: "barre hachurée : valeur provisoire"
        case .estimate: "barre quadrillée : estimation, pas un chiffre officiel"
        case .target: "barre vide en pointillés : objectif, pas un résultat"
        }
    }
}

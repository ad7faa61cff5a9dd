/// A line chart as inline SVG: one point per period joined in order, each value written above its point; a segment
/// that reaches a value that is not final is dashed, and each status has its own marker, named under its period.
enum LineChart {
    static func svg(_ data: ChartData) -> String {
        var svg = SVGWriter()
        let frame = ChartFrame(data)
        frame.open(&svg, kind: "Courbe", className: "chart__svg--line")
        let positions = data.points.indices.map { (x: frame.x($0), y: frame.y(data.points[$0].value)) }
        svg.start("g", [("class", "chart__lines")])
        for index in positions.indices.dropFirst() {
            let solid = data.points[index - 1].status == .final && data.points[index].status == .final
            svg.element("line", [("class", "chart__line chart__line--\(solid ? "solid" : "dashed")"),
                                 ("x1", SVGWriter.number(positions[index - 1].x)), ("y1", SVGWriter.number(positions[index - 1].y)),
                                 ("x2", SVGWriter.number(positions[index].x)), ("y2", SVGWriter.number(positions[index].y))])
        }
        svg.end()
        svg.start("g", [("class", "chart__points")])
        for (point, position) in zip(data.points, positions) {
            marker(&svg, point.status, x: position.x, y: position.y)
            svg.element("text", [("class", "chart__value"), ("x", SVGWriter.number(position.x)), ("y", SVGWriter.number(position.y - 10)),
                                 ("text-anchor", "middle")], text: point.valueText)
        }
        svg.end()
        frame.targetLine(&svg)
        frame.periodLabels(&svg)
        return svg.finish()
    }

    /// A filled disc for a final value, an empty disc for a provisional one, an empty diamond for an estimate, an
    /// empty square for a target.
    static func marker(_ svg: inout SVGWriter, _ status: ChartData.Status, x: Double, y: Double) {
        let className = "chart__point chart__point--\(status.rawValue)"
        switch status {
        case .final, .provisional:
            svg.element("circle", [("class", className), ("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", "4.5")])
        case .estimate:
            let points = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)].map { "\(SVGWriter.number($0.0)),\(SVGWriter.number($0.1))" }
            svg.element("polygon", [("class", className), ("points", points.joined(separator: " "))])
        case .target:
            svg.element("rect", [("class", className), ("x", SVGWriter.number(x - 4.5)), ("y", SVGWriter.number(y - 4.5)), ("width", "9"), ("height", "9")])
        }
    }

    static func swatch(_ status: ChartData.Status) -> String {
        var svg = SVGWriter()
        svg.start("svg", ChartLegend.swatchAttributes)
        svg.element("line", [("class", "chart__line chart__line--\(status == .final ? "solid" : "dashed")"), ("x1", "0"), ("y1", "9"), ("x2", "24"), ("y2", "9")])
        marker(&svg, status, x: 12, y: 9)
        return svg.finish()
    }

    static func legendText(_ status: ChartData.Status) -> String {
        switch status {
        case .final: "point plein, trait continu : valeur définitive"
        case .provisional: "rond vide, trait en tirets : valeur provisoire"
        case .estimate: "losange vide, trait en tirets : estimation, pas un chiffre officiel"
        case .target: "carré vide : objectif, pas un résultat"
        }
    }
}

import Foundation
import RelaisFrench

/// What a chart draws, already in French: an indicator's points in order, how to write a value of its unit, its
/// target, and the prefix of the ids its SVG defines (unique on the page).
struct ChartData: Sendable {
    /// How a point was established; each is drawn its own way and said in words.
    enum Status: String, Sendable, CaseIterable {
        case final, provisional, estimate, target
        var label: String {
            switch self {
            case .final: "définitif"
            case .provisional: "provisoire"
            case .estimate: "estimation"
            case .target: "objectif"
            }
        }
        /// Under the axis when the periods are close together.
        var shortLabel: String {
            switch self {
            case .final: "déf."
            case .provisional: "prov."
            case .estimate: "estim."
            case .target: "obj."
            }
        }
    }
    struct Point: Sendable {
        let period: String
        let value: Decimal
        /// "36,5 M€".
        let valueText: String
        let status: Status
    }

    let idPrefix: String
    let title: String
    let points: [Point]
    let target: Decimal?
    let scale: ChartScale
    /// The tick labels, one per `scale.ticks`.
    let tickTexts: [String]
    let targetText: String?

    init(idPrefix: String, title: String, points: [Point], target: Decimal?, format: (Decimal) -> String) {
        self.idPrefix = idPrefix
        self.title = title
        self.points = points
        self.target = target
        scale = ChartScale(values: points.map(\.value) + (target.map { [$0] } ?? []))
        tickTexts = scale.ticks.map(format)
        targetText = target.map(format)
    }

    static func idPrefix(forIndicator id: String) -> String { "graphique-" + id }
    var titleID: String { "\(idPrefix)-titre" }
    var descriptionID: String { "\(idPrefix)-description" }
    func patternID(_ status: Status) -> String { "\(idPrefix)-motif-\(status.rawValue)" }

    /// The statuses the points use, in a fixed order: the legend lists these.
    var statuses: [Status] { Status.allCases.filter { status in points.contains { $0.status == status } } }

    /// "2018 : 32 M€ (définitif) ; 2019 : 36,5 M€ (objectif). Axe de 0 à 40 M€. Objectif : 36,5 M€."
    func description(kind: String) -> String {
        let values = points.map { "\($0.period) : \($0.valueText) (\($0.status.label))" }.joined(separator: " ; ")
        var text = "\(kind), \(points.count) valeurs. \(values). Axe des valeurs de \(tickTexts.first ?? "") à \(tickTexts.last ?? "")."
        if let targetText { text += " Ligne d’objectif à \(targetText)." }
        return FrenchTypography.apply(text)
    }
}

/// The frame every chart shares: the view box, the plot area, the value axis with its grid, the patterns.
struct ChartFrame {
    static let width = 360.0
    static let height = 250.0
    /// Text is 13 units high: about 7.2 units per character of the tick labels.
    static let characterWidth = 7.2

    let data: ChartData
    let left: Double
    let right = width - 12
    let top = 30.0
    let bottom = height - 46

    init(_ data: ChartData) {
        self.data = data
        let longest = data.tickTexts.map(\.count).max() ?? 1
        left = max(36, Double(longest) * Self.characterWidth + 12)
    }

    func y(_ value: Decimal) -> Double { bottom - data.scale.fraction(value) * (bottom - top) }

    /// The slot of point `index` along the horizontal axis: its centre.
    func x(_ index: Int) -> Double {
        let slot = (right - left) / Double(max(data.points.count, 1))
        return left + slot * (Double(index) + 0.5)
    }

    var slotWidth: Double { (right - left) / Double(max(data.points.count, 1)) }

    /// Statuses are abbreviated under the axis when a slot is narrower than "estimation"; the legend says so.
    var usesShortStatus: Bool { slotWidth < 80 }

    /// `<svg role="img">` with its title and description, the patterns, the grid and tick labels.
    func open(_ svg: inout SVGWriter, kind: String, className: String) {
        svg.start("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart__svg \(className)"),
                          ("viewBox", "0 0 \(SVGWriter.number(Self.width)) \(SVGWriter.number(Self.height))"),
                          ("role", "img"), ("aria-labelledby", "\(data.titleID) \(data.descriptionID)"), ("focusable", "false")])
        svg.element("title", [("id", data.titleID)], text: data.title)
        svg.element("desc", [("id", data.descriptionID)], text: data.description(kind: kind))
        svg.start("defs")
        Self.patterns(&svg, data: data)
        svg.end()
        svg.start("g", [("class", "chart__grid")])
        for (tick, text) in zip(data.scale.ticks, data.tickTexts) {
            let y = SVGWriter.number(self.y(tick))
            svg.element("line", [("class", tick == 0 ? "chart__baseline" : "chart__gridline"), ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)),
                                 ("y1", y), ("y2", y)])
            svg.element("text", [("class", "chart__tick"), ("x", SVGWriter.number(left - 6)), ("y", SVGWriter.number(self.y(tick) + 4)),
                                 ("text-anchor", "end")], text: text)
        }
        svg.end()
    }

    /// The period under each slot and, for a value that is not final, its status in words beneath.
    func periodLabels(_ svg: inout SVGWriter) {
        svg.start("g", [("class", "chart__periods")])
        for (index, point) in data.points.enumerated() {
            let x = SVGWriter.number(self.x(index))
            svg.element("text", [("class", "chart__period"), ("x", x), ("y", SVGWriter.number(bottom + 18)), ("text-anchor", "middle")], text: point.period)
            if point.status != .final {
                svg.element("text", [("class", "chart__status"), ("x", x), ("y", SVGWriter.number(bottom + 34)), ("text-anchor", "middle")],
                            text: usesShortStatus ? point.status.shortLabel : point.status.label)
            }
        }
        svg.end()
    }

    /// The target as a dashed line across the plot, named at the top right.
    func targetLine(_ svg: inout SVGWriter) {
        guard let target = data.target, let text = data.targetText else { return }
        let y = self.y(target)
        svg.element("line", [("class", "chart__target"), ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)),
                             ("y1", SVGWriter.number(y)), ("y2", SVGWriter.number(y))])
        // Written in the top margin, above every value label, so that it never covers one.
        svg.element("text", [("class", "chart__target-label"), ("x", SVGWriter.number(right)), ("y", "14"),
                             ("text-anchor", "end")], text: FrenchTypography.apply("Objectif : \(text)"))
    }

    /// Hatching for provisional values, cross-hatching for estimates: seen without colour, and in print.
    static func patterns(_ svg: inout SVGWriter, data: ChartData) {
        for status in data.statuses where status == .provisional || status == .estimate {
            svg.start("pattern", [("id", data.patternID(status)), ("class", "chart__pattern"), ("width", "6"), ("height", "6"),
                                  ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")])
            svg.element("line", [("class", "chart__hatch"), ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6")])
            if status == .estimate {
                svg.element("line", [("class", "chart__hatch"), ("x1", "0"), ("y1", "0"), ("x2", "6"), ("y2", "0")])
            }
            svg.end()
        }
    }
}

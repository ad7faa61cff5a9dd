import Foundation
import RelaisFrench
import Yams

extension Programme {
    init?(reading r: MappingReader) {
        let name: String? = r.read("name")
        let summary = r.read("summary") as String?
        let acronym: String? = r.read("acronym")
        let kind: Kind? = r.read("kind")
        let period: ProgrammePeriod? = r.read("period")
        let pilots: [Reference]? = r.read("pilots")
        let territories: [TerritoryCode]? = r.read("territories")
        let budget: Budget? = r.read("budget")
        let targets: [Target] = r.list("targets")
        let axes: [Axis] = r.list("axes")
        let workstreams: [Workstream] = r.list("workstreams")
        let governance: [GovernanceBody] = r.list("governance")
        let pilotTerritories: [PilotTerritory] = r.list("pilotTerritories")
        let legalBasis: [LegalBasis] = r.list("legalBasis")
        guard let name, let summary, let kind, let period, let pilots, let territories else { return nil }
        self.init(name: name, summary: summary, acronym: acronym, kind: kind, periodStart: period.start, periodEnd: period.end,
                  pilots: pilots, territories: territories, budget: budget, targets: targets, axes: axes,
                  workstreams: workstreams, governance: governance, pilotTerritories: pilotTerritories, legalBasis: legalBasis)
    }
}

/// `period: { start, end }`, only while reading.
struct ProgrammePeriod: YAMLMapping {
    var start: Programme.PeriodBound
    var end: Programme.PeriodBound?
    init?(reading r: MappingReader) {
        let start: Programme.PeriodBound? = r.read("start")
        let end: Programme.PeriodBound? = r.read("end")
        if let start, let end, end.year < start.year {
            r.requireCondition("end", "La période finit (\(end.year)) avant d'avoir commencé (\(start.year)).",
                               hint: "Vérifiez « start » et « end ».")
        }
        guard let start else { return nil }
        self.start = start
        self.end = end
    }
}

extension Programme.PeriodBound: YAMLReadable {
    static var shape: ValueShape { .either([.year, .date]) }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Programme.PeriodBound? {
        if let text = node.scalarText {
            if text.count == 4, let year = Int(text), year >= 1900 { return .year(year) }
            if let date = CalendarDate(iso: text) { return .date(date) }
        }
        context.error(at: node, "« \(field) » doit être une année (2011) ou une date (2011-02-18), pas « \(node.scalarText ?? node.kindDescription) ».",
                      hint: "Écrivez une année sur quatre chiffres ou une date AAAA-MM-JJ.")
        return nil
    }
}

extension Budget: YAMLMapping {
    init?(reading r: MappingReader) {
        let total = (r.read("total") as Decimal?), perYear = (r.read("perYear") as Decimal?), years = (r.read("years") as Int?)
        // "100 M€ par an" says nothing of the whole without the number of years.
        if perYear != nil, years == nil, !r.isWritten("years") {
            r.requireCondition("perYear", "Le budget annuel (« perYear ») est donné sans sa durée (« years »).",
                               hint: "Ajoutez « years: 4 » pour un budget annuel sur quatre ans.")
        }
        self.init(total: total, perYear: perYear, years: years, note: r.read("note"))
    }
}

extension Target: YAMLMapping {
    init?(reading r: MappingReader) {
        let label: String? = r.read("label")
        let value: Decimal? = r.read("value")
        let unit: FigureUnit? = r.read("unit")
        let per: Basis? = r.read("per")
        let countingMethod: CountingMethod? = r.read("countingMethod")
        let results: [Result] = r.list("results")
        guard let label, let value, let unit, let per else { return nil }
        self.init(label: label, value: value, unit: unit, per: per, countingMethod: countingMethod, results: results)
    }
}

extension Target.Result: YAMLMapping {
    init?(reading r: MappingReader) {
        let period: String? = r.read("period")
        let value: Decimal? = r.read("value")
        guard let period, let value else { return nil }
        self.init(period: period, value: value)
    }
}

extension Axis: YAMLMapping {
    init?(reading r: MappingReader) {
        let title: String? = r.read("title")
        let description: MarkdownField? = r.read("description")
        guard let title else { return nil }
        self.init(title: title, description: description)
    }
}

extension Workstream: YAMLMapping {
    init?(reading r: MappingReader) {
        let title: String? = r.read("title")
        let leads: String? = r.read("leads")
        guard let title else { return nil }
        self.init(title: title, leads: leads)
    }
}

extension GovernanceBody: YAMLMapping {
    init?(reading r: MappingReader) {
        let body: String? = r.read("body")
        let role: String? = r.read("role")
        let frequency: String? = r.read("frequency")
        let members: String? = r.read("members")
        guard let body else { return nil }
        self.init(body: body, role: role, frequency: frequency, members: members)
    }
}

extension PilotTerritory: YAMLMapping {
    init?(reading r: MappingReader) {
        let territory: String? = r.read("territory")
        let projectCarriers: [Reference]? = r.read("projectCarriers")
        let status: Status? = r.read("status")
        let summary: String? = r.read("summary")
        guard let territory, let projectCarriers else { return nil }
        self.init(territory: territory, projectCarriers: projectCarriers, status: status, summary: summary)
    }
}

extension LegalBasis: YAMLMapping {
    init?(reading r: MappingReader) {
        let label: String? = r.read("label")
        let url: ContentURL? = r.read("url")
        guard let label else { return nil }
        self.init(label: label, url: url)
    }
}

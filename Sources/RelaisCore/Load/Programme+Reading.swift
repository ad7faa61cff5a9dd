import Foundation
import RelaisFrench
import Yams

extension Programme {
    init?(reading r: MappingReader) {
        let name: String? = r.required("name")
        let summary = r.requiredText("summary", maxLength: 300)
        let acronym: String? = r.optional("acronym")
        let kind: Kind? = r.required("kind")
        let period: ProgrammePeriod? = r.required("period")
        let pilots: [Reference]? = r.requiredList("pilots")
        let territories: [TerritoryCode]? = r.requiredList("territories")
        let budget: Budget? = r.optional("budget")
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
        let start: Programme.PeriodBound? = r.required("start")
        let end: Programme.PeriodBound? = r.optional("end")
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
        let total = r.optionalAmount("total"), perYear = r.optionalAmount("perYear"), years = r.optionalCount("years")
        // "100 M€ par an" says nothing of the whole without the number of years.
        if perYear != nil, years == nil, !r.isWritten("years") {
            r.requireCondition("perYear", "Le budget annuel (« perYear ») est donné sans sa durée (« years »).",
                               hint: "Ajoutez « years: 4 » pour un budget annuel sur quatre ans.")
        }
        self.init(total: total, perYear: perYear, years: years, note: r.optional("note"))
    }
}

extension Target: YAMLMapping {
    init?(reading r: MappingReader) {
        let label: String? = r.required("label")
        let value: Decimal? = r.required("value")
        let unit: FigureUnit? = r.required("unit")
        let per: Basis? = r.required("per")
        let countingMethod: CountingMethod? = r.optional("countingMethod")
        let results: [Result] = r.list("results")
        guard let label, let value, let unit, let per else { return nil }
        self.init(label: label, value: value, unit: unit, per: per, countingMethod: countingMethod, results: results)
    }
}

extension Target.Result: YAMLMapping {
    init?(reading r: MappingReader) {
        let period: String? = r.required("period")
        let value: Decimal? = r.required("value")
        guard let period, let value else { return nil }
        self.init(period: period, value: value)
    }
}

extension Axis: YAMLMapping {
    init?(reading r: MappingReader) {
        let title: String? = r.required("title")
        let description: MarkdownField? = r.optional("description")
        guard let title else { return nil }
        self.init(title: title, description: description)
    }
}

extension Workstream: YAMLMapping {
    init?(reading r: MappingReader) {
        let title: String? = r.required("title")
        let leads: String? = r.optional("leads")
        guard let title else { return nil }
        self.init(title: title, leads: leads)
    }
}

extension GovernanceBody: YAMLMapping {
    init?(reading r: MappingReader) {
        let body: String? = r.required("body")
        let role: String? = r.optional("role")
        let frequency: String? = r.optional("frequency")
        let members: String? = r.optional("members")
        guard let body else { return nil }
        self.init(body: body, role: role, frequency: frequency, members: members)
    }
}

extension PilotTerritory: YAMLMapping {
    init?(reading r: MappingReader) {
        let territory: String? = r.required("territory")
        let projectCarriers: [Reference]? = r.requiredList("projectCarriers")
        let status: Status? = r.optional("status")
        let summary: String? = r.optional("summary")
        guard let territory, let projectCarriers else { return nil }
        self.init(territory: territory, projectCarriers: projectCarriers, status: status, summary: summary)
    }
}

extension LegalBasis: YAMLMapping {
    init?(reading r: MappingReader) {
        let label: String? = r.required("label")
        let url: ContentURL? = r.optional("url")
        guard let label else { return nil }
        self.init(label: label, url: url)
    }
}

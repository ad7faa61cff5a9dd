import Foundation
import RelaisFrench

struct ProgrammeCard: ViewModel {
    let name: String
    let url: String
    let summary: String
    let kind: String
    let period: String
    /// "100 M€ par an pendant 4 ans, soit 400 M€".
    let budget: String?
}

struct ProgrammePageBody: ViewModel {
    struct AxisView: ViewModel { let title: String; let descriptionHTML: String? }
    struct TargetView: ViewModel { let sentence: String; let method: String? }
    let name: String
    let acronym: String?
    let summary: String
    let kind: String
    let period: String
    let pilots: [Link]
    let territories: String
    let descriptionHTML: String
    let budgetSentence: String?
    let budget: [Fact]
    let hasBudget: Bool
    let targetSentences: [TargetView]
    let targets: DataTable?
    let results: DataTable?
    let countingMethods: [Fact]
    let hasCountingMethods: Bool
    let axes: [AxisView]
    let hasAxes: Bool
    let workstreams: [String]
    let hasWorkstreams: Bool
    let governance: DataTable?
    let pilotTerritories: DataTable?
    let legalBasis: [Link]
    let legalBasisText: [String]
    let hasLegalBasis: Bool
    let aids: [AidCard]
    let hasAids: Bool
    let events: [EventCard]
    let hasEvents: Bool
    let basins: [Link]
    let hasBasins: Bool
    let dateModifiedHTML: String
}

extension Presentation {
    func period(of programme: RecordProgramme) -> String {
        let start = programme.periodStart.year
        guard let end = programme.periodEnd?.year else { return "depuis \(french.year(start))" }
        return start == end ? french.year(start) : "de \(french.year(start)) à \(french.year(end))"
    }

    func programmeCard(_ programme: RecordProgramme) -> ProgrammeCard {
        ProgrammeCard(name: text(programme.name), url: href(programme.url), summary: text(programme.summary),
                      kind: programme.kind.label, period: period(of: programme), budget: programme.budget.flatMap(budgetSentence))
    }

    /// "100 M€ par an pendant 4 ans, soit 400 M€", "500 M€ au total"; nil without an amount.
    func budgetSentence(_ budget: RecordBudget) -> String? {
        if let perYear = budget.perYear, let years = budget.years {
            let whole = budget.total ?? perYear * Decimal(years)
            return "\(french.moneyShort(perYear)) par an pendant \(years) an\(years > 1 ? "s" : ""), soit \(french.moneyShort(whole))"
        }
        if let perYear = budget.perYear { return "\(french.moneyShort(perYear)) par an" }
        return budget.total.map { "\(french.moneyShort($0)) au total" }
    }

    /// "10 000 emplois par an", "500 emplois au total".
    func targetSentence(_ target: RecordTarget) -> String {
        text("\(target.label) : \(figure(target.value, unit: target.unit)) \(target.per == "year" ? "par an" : "au total")")
    }

    static func countingExplanation(_ method: Target.CountingMethod) -> String {
        switch method {
        case .direct: "l’action a déclenché la décision de créer ou de maintenir l’emploi."
        case .supported: "l’aide a contribué à financer l’embauche ou le maintien du poste."
        case .induced: "estimation des emplois que font naître les autres financements (subventions, marchés publics)."
        }
    }

    func programmePage(_ programme: RecordProgramme) -> PageViewModel<ProgrammePageBody> {
        var budget: [Fact] = []
        if let value = programme.budget {
            if let total = value.total, value.perYear != nil { budget.append(Fact(term: "Budget total", valueHTML: HTML.words(french.moneyProse(total)))) }
            if let perYear = value.perYear { budget.append(Fact(term: "Budget annuel", valueHTML: HTML.words("\(french.moneyProse(perYear)) par an"))) }
            if let years = value.years { budget.append(Fact(term: "Durée", valueHTML: HTML.words("\(years) an\(years > 1 ? "s" : "")"))) }
            if let total = value.total, value.perYear == nil { budget.append(Fact(term: "Budget total", valueHTML: HTML.words(french.moneyProse(total)))) }
            if let note = value.note { budget.append(Fact(term: "Précision", valueHTML: HTML.words(text(note)))) }
        }
        let targetSentences = programme.targets.map { target in
            ProgrammePageBody.TargetView(
                sentence: targetSentence(target),
                method: target.countingMethod.flatMap { Target.CountingMethod(rawValue: $0.code) }.map {
                    text("Comptés comme \($0.label) : \(Self.countingExplanation($0))")
                })
        }
        let targets = programme.targets.isEmpty ? nil : DataTable(
            caption: "Objectifs chiffrés", rowHeading: "Objectif", columns: ["Valeur", "Période", "Méthode de comptage"],
            rows: programme.targets.map { target in
                DataTable.Row(header: text(target.label), cells: [
                    figure(target.value, unit: target.unit), target.per == "year" ? "par an" : "au total",
                    target.countingMethod?.label ?? "—",
                ])
            })
        let resultRows = programme.targets.flatMap { target in
            target.results.map { DataTable.Row(header: text(target.label), cells: [$0.period, figure($0.value, unit: target.unit)]) }
        }
        let results = resultRows.isEmpty ? nil : DataTable(caption: "Résultats constatés", rowHeading: "Objectif", columns: ["Période", "Résultat"], rows: resultRows)
        // Every method is explained once one is used: the reader sees what is counted and what is not.
        let methods = Set(programme.targets.compactMap(\.countingMethod?.code))
        let methodFacts: [Fact] = methods.isEmpty ? [] : Target.CountingMethod.allCases.map { method in
            let used = methods.contains(method.rawValue) ? " (méthode retenue par ce programme)" : ""
            return Fact(term: method.label.capitalizedFirst, valueHTML: HTML.words(Self.countingExplanation(method) + used))
        }
        let axes = programme.axes.map { ProgrammePageBody.AxisView(title: text($0.title), descriptionHTML: $0.description?.html) }
        let governance = programme.governance.isEmpty ? nil : DataTable(
            caption: "Instances de gouvernance", rowHeading: "Instance", columns: ["Rôle", "Fréquence", "Membres"],
            rows: programme.governance.map { body in
                DataTable.Row(header: text(body.body), cells: [body.role, body.frequency, body.members].map { $0.map(text) ?? "—" })
            }, stacked: true)
        let pilotTerritories = programme.pilotTerritories.isEmpty ? nil : DataTable(
            caption: "Territoires pilotes et porteurs de projet", rowHeading: "Territoire", columns: ["Porteurs de projet", "Statut", "Projet"],
            rows: programme.pilotTerritories.map { territory in
                DataTable.Row(header: text(territory.territory), cells: [
                    territory.projectCarriers.map { text($0.name) }.joined(separator: ", "),
                    territory.status.map { $0.label.capitalizedFirst } ?? "—", territory.summary.map(text) ?? "—",
                ])
            }, stacked: true)
        let aids = programme.aidIds.compactMap(aidCard)
        let events = programme.eventIds.compactMap(record.event).map(eventCard)
        let basins = programme.basins.map(itemLink)
        let body = ProgrammePageBody(
            name: text(programme.name), acronym: programme.acronym, summary: text(programme.summary), kind: programme.kind.label,
            period: period(of: programme), pilots: programme.pilots.map(organisationLink),
            territories: programme.territories.map(\.name).joined(separator: ", "),
            descriptionHTML: programme.description.html,
            budgetSentence: programme.budget.flatMap(budgetSentence), budget: budget, hasBudget: !budget.isEmpty,
            targetSentences: targetSentences, targets: targets, results: results,
            countingMethods: methodFacts, hasCountingMethods: !methodFacts.isEmpty,
            axes: axes, hasAxes: !axes.isEmpty, workstreams: programme.workstreams.map { text($0.title) + ($0.leads.map { " (\(text($0)))" } ?? "") },
            hasWorkstreams: !programme.workstreams.isEmpty, governance: governance, pilotTerritories: pilotTerritories,
            legalBasis: programme.legalBasis.compactMap { basis in basis.url.map { Link(label: text(basis.label), url: href($0)) } },
            legalBasisText: programme.legalBasis.filter { $0.url == nil }.map { text($0.label) },
            hasLegalBasis: !programme.legalBasis.isEmpty, aids: aids, hasAids: !aids.isEmpty, events: events, hasEvents: !events.isEmpty,
            basins: basins, hasBasins: !basins.isEmpty, dateModifiedHTML: timeHTML(programme.dates.modified))
        let meta = meta(title: body.name, description: body.summary, path: programme.path,
                        trail: [Link(label: "Programmes", url: link(SiteURLs.list(of: .programme)))], section: SiteURLs.list(of: .programme),
                        plainTitle: programme.name)
        return page(meta, body)
    }
}

import Foundation
import RelaisFrench

struct ProgrammeCard: ViewModel {
    let name: String
    let url: String
    let summary: String
    let kind: String
    let period: String
}

struct ProgrammePageBody: ViewModel {
    struct AxisView: ViewModel { let title: String; let descriptionHTML: String? }
    struct GovernanceView: ViewModel { let body: String; let details: String? }
    struct PilotTerritoryView: ViewModel {
        let territory: String
        let carriers: String
        let status: String?
        let summary: String?
    }
    let name: String
    let acronym: String?
    let summary: String
    let kind: String
    let period: String
    let pilots: [Link]
    let territories: String
    let descriptionHTML: String
    let budget: [Fact]
    let hasBudget: Bool
    let targets: DataTable?
    let results: DataTable?
    let countingMethods: [Fact]
    let hasCountingMethods: Bool
    let axes: [AxisView]
    let hasAxes: Bool
    let workstreams: [String]
    let hasWorkstreams: Bool
    let governance: [GovernanceView]
    let hasGovernance: Bool
    let pilotTerritories: [PilotTerritoryView]
    let hasPilotTerritories: Bool
    let legalBasis: [Link]
    let legalBasisText: [String]
    let hasLegalBasis: Bool
    let aids: [AidCard]
    let hasAids: Bool
    let events: [EventCard]
    let hasEvents: Bool
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
                      kind: programme.kind.label, period: period(of: programme))
    }

    func programmePage(_ programme: RecordProgramme) -> PageViewModel<ProgrammePageBody> {
        var budget: [Fact] = []
        if let value = programme.budget {
            if let total = value.total { budget.append(Fact(term: "Budget total", valueHTML: HTML.text(french.moneyProse(total)))) }
            if let perYear = value.perYear { budget.append(Fact(term: "Budget annuel", valueHTML: HTML.text("\(french.moneyProse(perYear)) par an"))) }
            if let years = value.years { budget.append(Fact(term: "Durée", valueHTML: HTML.text("\(years) an\(years > 1 ? "s" : "")"))) }
            if let note = value.note { budget.append(Fact(term: "Précision", valueHTML: HTML.text(text(note)))) }
        }
        let targets = programme.targets.isEmpty ? nil : DataTable(
            caption: "Objectifs", rowHeading: "Objectif", columns: ["Valeur", "Période", "Méthode de comptage"],
            rows: programme.targets.map { target in
                DataTable.Row(header: text(target.label), cells: [
                    figure(target.value, unit: target.unit), target.per == "year" ? "par an" : "au total",
                    target.countingMethod?.label ?? "—",
                ])
            })
        let resultRows = programme.targets.flatMap { target in
            target.results.map { DataTable.Row(header: text(target.label), cells: [$0.period, figure($0.value, unit: target.unit)]) }
        }
        let results = resultRows.isEmpty ? nil : DataTable(caption: "Résultats", rowHeading: "Objectif", columns: ["Période", "Résultat"], rows: resultRows)
        let methods = Set(programme.targets.compactMap(\.countingMethod?.code))
        let methodFacts: [Fact] = Target.CountingMethod.allCases.filter { methods.contains($0.rawValue) }.map { method in
            let explanation = switch method {
            case .direct: "l’aide a déclenché la décision de créer ou de maintenir l’emploi."
            case .supported: "l’aide a contribué à financer l’embauche ou le maintien du poste."
            case .induced: "estimation des emplois dus aux autres financements (subventions, marchés publics)."
            }
            return Fact(term: method.label.capitalizedFirst, valueHTML: HTML.text(explanation))
        }
        let axes = programme.axes.map { ProgrammePageBody.AxisView(title: text($0.title), descriptionHTML: $0.description?.html) }
        let governance = programme.governance.map { body in
            let details = [body.role, body.frequency, body.members.map { "Membres : \($0)" }].compactMap { $0 }.map(text)
            return ProgrammePageBody.GovernanceView(body: text(body.body), details: details.isEmpty ? nil : details.joined(separator: " · "))
        }
        let pilotTerritories = programme.pilotTerritories.map { territory in
            ProgrammePageBody.PilotTerritoryView(
                territory: text(territory.territory),
                carriers: territory.projectCarriers.map { text($0.name) }.joined(separator: ", "),
                status: territory.status?.label, summary: text(territory.summary))
        }
        let aids = programme.aidIds.compactMap(aidCard)
        let events = programme.eventIds.compactMap(record.event).map(eventCard)
        let body = ProgrammePageBody(
            name: text(programme.name), acronym: programme.acronym, summary: text(programme.summary), kind: programme.kind.label,
            period: period(of: programme), pilots: programme.pilots.map(organisationLink),
            territories: programme.territories.map(\.name).joined(separator: ", "),
            descriptionHTML: programme.description.html,
            budget: budget, hasBudget: !budget.isEmpty, targets: targets, results: results,
            countingMethods: methodFacts, hasCountingMethods: !methodFacts.isEmpty,
            axes: axes, hasAxes: !axes.isEmpty, workstreams: programme.workstreams.map { text($0.title) + ($0.leads.map { " (\(text($0)))" } ?? "") },
            hasWorkstreams: !programme.workstreams.isEmpty, governance: governance, hasGovernance: !governance.isEmpty,
            pilotTerritories: pilotTerritories, hasPilotTerritories: !pilotTerritories.isEmpty,
            legalBasis: programme.legalBasis.compactMap { basis in basis.url.map { Link(label: text(basis.label), url: href($0)) } },
            legalBasisText: programme.legalBasis.filter { $0.url == nil }.map { text($0.label) },
            hasLegalBasis: !programme.legalBasis.isEmpty, aids: aids, hasAids: !aids.isEmpty, events: events, hasEvents: !events.isEmpty,
            dateModifiedHTML: timeHTML(programme.dates.modified))
        let meta = meta(title: body.name, description: body.summary, path: programme.path,
                        trail: [Link(label: "Programmes", url: link(SiteURLs.list(of: .programme)))], section: SiteURLs.list(of: .programme),
                        plainTitle: programme.name)
        return page(meta, body)
    }
}

import Foundation
import RelaisFrench

struct BasinCard: ViewModel {
    let name: String
    let url: String
    let summary: String
    let kind: String
    let aidCount: String
}

struct KeyFigureView: ViewModel {
    let value: String
    let label: String
    let detail: String?
    let source: String
}

struct BasinPageBody: ViewModel {
    let name: String
    let summary: String
    let kind: String
    let region: String?
    let descriptionHTML: String
    let keyFigures: [KeyFigureView]
    let hasKeyFigures: Bool
    let indicators: [IndicatorView]
    let hasIndicators: Bool
    let subTerritories: [String]
    let hasSubTerritories: Bool
    let aids: [AidCard]
    let hasAids: Bool
    let events: [EventCard]
    let hasEvents: Bool
    let programmes: [Link]
    let hasProgrammes: Bool
    let contacts: [ContactCard]
    let hasContacts: Bool
    let dateModifiedHTML: String
}

struct IndicatorView: ViewModel {
    let id: String
    let title: String
    let definition: String?
    let table: DataTable
    let source: String
}

extension Presentation {
    /// A value in its unit: "4,5 M€", "3 000 contrats", "25 %".
    func figure(_ value: Decimal, unit: FigureUnit) -> String {
        switch unit {
        case .euro: return french.moneyShort(value)
        case .percent: return french.percent(value)
        case .count: return french.number(value)
        default: return "\(french.number(value)) \(unit.label)"
        }
    }

    func basinCard(_ id: String) -> BasinCard? {
        guard let file = graph.basins[id] else { return nil }
        let count = graph.aidsByBasin[id]?.filter { graph.status(ofAid: $0).isOpen }.count ?? 0
        return BasinCard(name: text(file.front.name), url: link(SiteURLs.path(of: .basin, id: id)), summary: text(file.front.summary),
                         kind: file.front.kind.label,
                         aidCount: count == 0 ? "Aucune aide ouverte" : "\(count) aide\(count > 1 ? "s" : "") ouverte\(count > 1 ? "s" : "")")
    }

    func basinPage(_ file: ContentFile<Basin>) -> (PageViewModel<BasinPageBody>, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let basin = file.front
        let figures = basin.keyFigures.map { figure in
            var detail: [String] = []
            if let qualifier = figure.qualifier { detail.append(qualifier.label) }
            if let period = figure.period { detail.append("en \(period)") }
            if let comparison = figure.comparison { detail.append("soit \(french.percent(comparison.share.value)) \(text(comparison.of))") }
            return KeyFigureView(value: self.figure(figure.value, unit: figure.unit), label: text(figure.label),
                                 detail: detail.isEmpty ? nil : detail.joined(separator: ", "), source: sourceText(figure.source))
        }
        let indicators = basin.indicators.map { indicator in
            IndicatorView(
                id: "indicateur-\(indicator.id)", title: text(indicator.label), definition: text(indicator.definition),
                table: DataTable(
                    caption: text(indicator.label), rowHeading: "Période",
                    columns: ["Valeur", "Statut"],
                    rows: indicator.series.map { point in
                        DataTable.Row(header: point.period, cells: [figure(point.value, unit: indicator.unit), point.status?.label ?? "—"])
                    }),
                source: sourceText(indicator.source))
        }
        let aids = (graph.aidsByBasin[file.id] ?? []).filter { !graph.status(ofAid: $0).isClosed }.compactMap(aidCard)
        let events = (graph.eventsByBasin[file.id] ?? []).compactMap(eventCard)
        let programmes = basin.programmes.compactMap(programmeLink)
        let contacts = basin.contacts.map(\.id).uniqued().compactMap(contactCard)
        let subTerritories = basin.subTerritories.map { text($0.name) }
        let body = BasinPageBody(
            name: text(basin.name), summary: text(basin.summary), kind: basin.kind.label, region: text(basin.region),
            descriptionHTML: html(bodyOf: file, reservedIds: Set(indicators.map(\.id) + contacts.map(\.anchor)), diagnostics: &diagnostics),
            keyFigures: figures, hasKeyFigures: !figures.isEmpty, indicators: indicators, hasIndicators: !indicators.isEmpty,
            subTerritories: subTerritories, hasSubTerritories: !subTerritories.isEmpty,
            aids: aids, hasAids: !aids.isEmpty, events: events, hasEvents: !events.isEmpty,
            programmes: programmes, hasProgrammes: !programmes.isEmpty, contacts: contacts, hasContacts: !contacts.isEmpty,
            dateModifiedHTML: timeHTML(file.meta.dateModified))
        let meta = meta(title: body.name, description: body.summary, path: SiteURLs.path(of: .basin, id: file.id),
                        trail: [Link(label: "Bassins", url: link(SiteURLs.list(of: .basin)))], section: SiteURLs.list(of: .basin))
        return (page(meta, body), diagnostics)
    }
}

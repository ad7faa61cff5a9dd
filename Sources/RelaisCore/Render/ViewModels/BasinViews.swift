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

    func basinCard(_ basin: RecordBasin) -> BasinCard {
        let count = basin.aidIds.compactMap(record.aid).filter(\.status.isOpen).count
        return BasinCard(name: text(basin.name), url: href(basin.url), summary: text(basin.summary), kind: basin.kind.label,
                         aidCount: count == 0 ? "Aucune aide ouverte" : "\(count) aide\(count > 1 ? "s" : "") ouverte\(count > 1 ? "s" : "")")
    }

    func figure(_ value: Decimal, unit: Labelled) -> String {
        FigureUnit(rawValue: unit.code).map { figure(value, unit: $0) } ?? french.number(value)
    }

    func basinPage(_ basin: RecordBasin) -> PageViewModel<BasinPageBody> {
        let figures = basin.keyFigures.map { figure in
            var detail: [String] = []
            if let qualifier = figure.qualifier { detail.append(qualifier.label) }
            if let period = figure.period { detail.append("en \(period)") }
            if let share = figure.comparisonShare, let of = figure.comparisonOf { detail.append("soit \(french.percent(share)) \(text(of))") }
            return KeyFigureView(value: self.figure(figure.value, unit: figure.unit), label: text(figure.label),
                                 detail: detail.isEmpty ? nil : detail.joined(separator: ", "), source: sourceText(figure.source))
        }
        let indicators = basin.indicators.map { indicator in
            IndicatorView(
                id: RecordBuilder.indicatorAnchor(indicator.id), title: text(indicator.label), definition: text(indicator.definition),
                table: DataTable(
                    caption: text(indicator.label), rowHeading: "Période",
                    columns: ["Valeur", "Statut"],
                    rows: indicator.series.map { point in
                        DataTable.Row(header: point.period, cells: [figure(point.value, unit: indicator.unit), point.status?.label ?? "—"])
                    }),
                source: sourceText(indicator.source))
        }
        let aids = basin.aidIds.compactMap(record.aid).filter { !$0.status.isClosed }.compactMap { aidCard($0.id) }
        let events = basin.eventIds.compactMap(record.event).map(eventCard)
        let programmes = basin.programmes.map(itemLink)
        let contacts = basin.contacts.map(contactCard)
        let subTerritories = basin.subTerritories.map { text($0.name) }
        let body = BasinPageBody(
            name: text(basin.name), summary: text(basin.summary), kind: basin.kind.label, region: text(basin.region),
            descriptionHTML: basin.description.html,
            keyFigures: figures, hasKeyFigures: !figures.isEmpty, indicators: indicators, hasIndicators: !indicators.isEmpty,
            subTerritories: subTerritories, hasSubTerritories: !subTerritories.isEmpty,
            aids: aids, hasAids: !aids.isEmpty, events: events, hasEvents: !events.isEmpty,
            programmes: programmes, hasProgrammes: !programmes.isEmpty, contacts: contacts, hasContacts: !contacts.isEmpty,
            dateModifiedHTML: timeHTML(basin.dates.modified))
        let meta = meta(title: body.name, description: body.summary, path: basin.path,
                        trail: [Link(label: "Bassins", url: link(SiteURLs.list(of: .basin)))], section: SiteURLs.list(of: .basin),
                        plainTitle: basin.name)
        return page(meta, body)
    }
}

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
    /// "estimation", "chiffre provisoire": said in words.
    let status: String?
    let sourceHTML: String
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
    /// The basin's current aids by type, those naming the basin itself first; national aids apart, last.
    let aidGroups: [AidGroup]
    let hasAids: Bool
    let events: [EventCard]
    let hasEvents: Bool
    let programmes: [Link]
    let hasProgrammes: Bool
    let contacts: [ContactCard]
    let hasContacts: Bool
    let dateModifiedHTML: String
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
        let count = record.openAidCount(basin.aidIds)
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
                                 detail: detail.isEmpty ? nil : detail.joined(separator: ", "),
                                 status: figure.status.flatMap { $0.code == "final" ? nil : $0.label }, sourceHTML: sourceHTML(figure.source))
        }
        let indicators = basin.indicators.map(indicatorView)
        let aidGroups = basinAidGroups(basin)
        let events = basin.eventIds.compactMap(record.event).map(eventCard)
        let programmes = basin.programmes.map(itemLink)
        let contacts = basin.contacts.map(contactCard)
        let subTerritories = basin.subTerritories.map { text($0.name) }
        let body = BasinPageBody(
            name: text(basin.name), summary: text(basin.summary), kind: basin.kind.label, region: text(basin.region),
            descriptionHTML: basin.description.html,
            keyFigures: figures, hasKeyFigures: !figures.isEmpty, indicators: indicators, hasIndicators: !indicators.isEmpty,
            subTerritories: subTerritories, hasSubTerritories: !subTerritories.isEmpty,
            aidGroups: aidGroups, hasAids: !aidGroups.isEmpty, events: events, hasEvents: !events.isEmpty,
            programmes: programmes, hasProgrammes: !programmes.isEmpty, contacts: contacts, hasContacts: !contacts.isEmpty,
            dateModifiedHTML: timeHTML(basin.dates.modified))
        let meta = meta(title: body.name, description: body.summary, path: basin.path,
                        trail: [Link(label: "Bassins", url: link(SiteURLs.list(of: .basin)))], section: SiteURLs.list(of: .basin),
                        plainTitle: basin.name)
        return page(meta, body)
    }
}

/// Aids of one kind on a basin's page.
struct AidGroup: ViewModel {
    let id: String
    let title: String
    let cards: [AidCard]
}

extension Presentation {
    /// A basin's current aids: first the aids of the basin's own programmes (its revitalisation funds, say), then
    /// the others grouped by their first type in the model's order of types; the aids open in all of France or
    /// Europe come last. In each group, aids with amounts first, then those naming the basin or its own territories.
    func basinAidGroups(_ basin: RecordBasin) -> [AidGroup] {
        let own = Set(basin.ownCodes + basin.subTerritories.compactMap(\.code) + [basin.id])
        let programmes = Set(basin.programmes.map(\.id))
        /// What the grouping needs of an aid, read once: a basin lists thousands of aids, and copying whole aids
        /// through every filter was a twentieth of a build.
        struct Placed {
            let id: String, type: String?, isNational: Bool, isFund: Bool, rank: Int, fundedBy: Set<String>
        }
        let current: [Placed] = basin.aidIds.compactMap { id in
            guard let aid = record.aidCardFields(id), !aid.status.isClosed else { return nil }
            let national = aid.territories.allSatisfy(\.isNational)
            let fundedBy = Set(aid.programmeIds).intersection(programmes)
            // Money first (the funds proper, with amounts), then the aids that name the basin, then the others.
            let rank = (aid.financialComponents.isEmpty ? 2 : 0) + (aid.territories.contains { own.contains($0.code) } ? 0 : 1)
            return Placed(id: id, type: aid.aidTypes.first?.code, isNational: national, isFund: !national && !fundedBy.isEmpty,
                          rank: rank, fundedBy: fundedBy)
        }
        func cards(_ aids: [Placed]) -> [AidCard] {
            aids.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                .compactMap { aidCard($0.element.id)?.headed(by: "h4") }
        }
        var groups: [AidGroup] = []
        let funds = current.filter(\.isFund)
        if !funds.isEmpty {
            let funding = funds.reduce(into: Set<String>()) { $0.formUnion($1.fundedBy) }
            let names = basin.programmes.filter { funding.contains($0.id) }.map(\.title)
            groups.append(AidGroup(id: "fonds-du-bassin", title: text("Financées par \(names.count > 1 ? "les programmes" : "le programme") du bassin : \(names.joined(separator: ", "))"),
                                   cards: cards(funds)))
        }
        let local = current.filter { !$0.isNational && !$0.isFund }
        for type in AidType.allCases {
            let members = local.filter { $0.type == type.rawValue }
            guard !members.isEmpty else { continue }
            groups.append(AidGroup(id: "aides-\(FrenchFolding.slug(type.label))", title: type.label, cards: cards(members)))
        }
        let national = current.filter(\.isNational)
        if !national.isEmpty {
            groups.append(AidGroup(id: "aides-nationales", title: "Aides nationales et européennes", cards: cards(national)))
        }
        return groups
    }
}

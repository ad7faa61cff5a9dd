import RelaisFrench

/// The validate & resolve step: checks every cross reference, computes statuses and relations,
/// and returns the site graph, or nothing when an error was found.
public struct SiteResolver: Sendable {
    public let buildDate: CalendarDate

    public init(buildDate: CalendarDate) {
        self.buildDate = buildDate
    }

    public func resolve(_ content: ContentSet) -> (SiteGraph?, [Diagnostic]) {
        let log = DiagnosticLog(step: .validate)
        let references = ReferenceChecker(content: content, log: log)
        references.checkAll()

        let aids = Dictionary(content.aids.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let events = Dictionary(content.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let basins = Dictionary(content.basins.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let programmes = Dictionary(content.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var statuses: [String: AidStatus] = [:]
        for aid in content.aids {
            statuses[aid.id] = AidStatus(aid: aid.front, on: buildDate, closingSoonDays: content.site.closingSoonDays)
        }
        let sortedAids = content.aids.sortedFrench { $0.front.title + " " + $0.id }.map(\.id)

        var aidsByBasin: [String: [String]] = [:]
        var basinCodes: [String: Set<String>] = [:]
        for basin in content.basins {
            // A basin covers its own codes and those of its sub-territories; an aid for the department or the
            // region they belong to applies there too.
            let own = basin.front.cogCodes.map(\.code) + basin.front.subTerritories.compactMap { $0.code?.code }
            var codes = Set(own.flatMap(Territories.withParents))
            codes.insert(basin.id)
            // National and European aids are open everywhere.
            codes.formUnion([TerritoryCode.Kind.france.rawValue, TerritoryCode.Kind.europe.rawValue])
            if let ze = basin.front.ze2020 { codes.insert(Territories.employmentZoneCode(ze)) }
            basinCodes[basin.id] = codes
            aidsByBasin[basin.id] = sortedAids.filter { id in
                guard let aid = aids[id] else { return false }
                return aid.front.territories.contains { codes.contains($0.code) }
            }
        }
        var eventsByBasin: [String: [String]] = [:]
        var eventsByProgramme: [String: [String]] = [:]
        let eventsByStart = content.events.sorted { ($0.front.start, $0.id) < ($1.front.start, $1.id) }
        for event in eventsByStart {
            for basin in Set(event.front.relatedBasins.map(\.id)).sorted() { eventsByBasin[basin, default: []].append(event.id) }
            for programme in Set(event.front.relatedProgrammes.map(\.id)).sorted() { eventsByProgramme[programme, default: []].append(event.id) }
        }
        var aidsByProgramme: [String: [String]] = [:]
        var aidsByOrganisation: [String: [String]] = [:]
        for id in sortedAids {
            guard let aid = aids[id]?.front else { continue }
            for programme in Set(aid.programmes.map(\.id)).sorted() { aidsByProgramme[programme, default: []].append(id) }
            var organisations = Set(aid.backers.map(\.organisation.id))
            for contact in aid.contacts {
                if let organisation = contact.id.split(separator: "/").first { organisations.insert(String(organisation)) }
            }
            for organisation in organisations.sorted() { aidsByOrganisation[organisation, default: []].append(id) }
        }

        let news = content.news.sorted { ($0.front.date, $0.id) > ($1.front.date, $1.id) }
        let relatedAids = Self.relatedAids(sortedAids: sortedAids, aids: aids, statuses: statuses, aidsByBasin: aidsByBasin)

        guard !log.hasErrors else { return (nil, log.entries) }
        let graph = SiteGraph(
            content: content, buildDate: buildDate,
            contacts: references.contacts, themes: references.themes,
            aids: aids, events: events, basins: basins, programmes: programmes, aidStatus: statuses, basinCodes: basinCodes,
            aidsByBasin: aidsByBasin, eventsByBasin: eventsByBasin, aidsByProgramme: aidsByProgramme,
            eventsByProgramme: eventsByProgramme, aidsByOrganisation: aidsByOrganisation, relatedAids: relatedAids,
            sortedAidIDs: sortedAids, sortedNews: news)
        return (graph, log.entries)
    }

    /// For each aid, up to four current aids in title order: those sharing its first theme, then its other
    /// themes, then its basins. Walks at most a few entries per list: cheap on 10,000 aids.
    static func relatedAids(sortedAids: [String], aids: [String: ContentFile<Aid>], statuses: [String: AidStatus],
                            aidsByBasin: [String: [String]]) -> [String: [String]] {
        let limit = 4
        var byTheme: [String: [String]] = [:]
        var basinsOfAid: [String: [String]] = [:]
        for id in sortedAids where !(statuses[id]?.isClosed ?? false) {
            for theme in aids[id]?.front.themes.map(\.id).uniqued() ?? [] { byTheme[theme, default: []].append(id) }
        }
        for (basin, ids) in aidsByBasin.sorted(by: { $0.key < $1.key }) {
            for id in ids { basinsOfAid[id, default: []].append(basin) }
        }
        var related: [String: [String]] = [:]
        for id in sortedAids {
            guard let aid = aids[id]?.front else { continue }
            var chosen: [String] = []
            let lists = aid.themes.map(\.id).uniqued().map { byTheme[$0] ?? [] } + (basinsOfAid[id] ?? []).map { aidsByBasin[$0] ?? [] }
            walk: for list in lists {
                for other in list {
                    if chosen.count == limit { break walk }
                    if other != id, !(statuses[other]?.isClosed ?? false), !chosen.contains(other) { chosen.append(other) }
                }
            }
            related[id] = chosen
        }
        return related
    }
}

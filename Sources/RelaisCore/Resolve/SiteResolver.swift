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

        guard !log.hasErrors else { return (nil, log.entries) }
        let graph = SiteGraph(
            content: content, buildDate: buildDate,
            contacts: references.contacts, themes: references.themes,
            aids: aids, events: events, basins: basins, programmes: programmes, aidStatus: statuses, basinCodes: basinCodes,
            aidsByBasin: aidsByBasin, eventsByBasin: eventsByBasin, aidsByProgramme: aidsByProgramme,
            eventsByProgramme: eventsByProgramme, aidsByOrganisation: aidsByOrganisation,
            sortedAidIDs: sortedAids, sortedNews: news)
        return (graph, log.entries)
    }
}

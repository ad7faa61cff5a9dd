import RelaisFrench

/// The validate & resolve step: checks every cross reference, computes statuses and relations,
/// and returns the site graph, or nothing when an error was found.
public struct SiteResolver: Sendable {
    public let buildDate: CalendarDate

    public init(buildDate: CalendarDate) {
        self.buildDate = buildDate
    }

    public func resolve(_ content: ContentSet) -> (SiteGraph?, [Diagnostic]) {
        // The reference checks and the relations read the content and nothing of each other: run at once.
        let buildDate = buildDate
        let (checked, relations) = bothAtOnce({ Self.checkedReferences(content) }, { Self.relations(of: content, on: buildDate) })
        guard !checked.hasErrors else { return (nil, checked.diagnostics) }
        let graph = SiteGraph(
            content: content, buildDate: buildDate,
            contacts: checked.contacts, themes: checked.themes,
            aidIndex: relations.firstIndex, events: relations.events, basins: relations.basins, programmes: relations.programmes,
            aidStatus: relations.statuses, basinCodes: relations.basinCodes,
            aidsByBasin: relations.aidsByBasin, eventsByBasin: relations.eventsByBasin, aidsByProgramme: relations.aidsByProgramme,
            eventsByProgramme: relations.eventsByProgramme, aidsByOrganisation: relations.aidsByOrganisation, relatedAids: relations.relatedAids,
            sortedAidIDs: relations.sortedAids, sortedNews: relations.news)
        return (graph, checked.diagnostics)
    }

    private struct CheckedReferences: Sendable {
        let contacts: [String: Contact]
        let themes: [String: SiteConfig.Theme]
        let diagnostics: [Diagnostic]
        let hasErrors: Bool
    }

    private static func checkedReferences(_ content: ContentSet) -> CheckedReferences {
        let log = DiagnosticLog(step: .validate)
        let references = ReferenceChecker(content: content, log: log)
        references.checkAll()
        return CheckedReferences(contacts: references.contacts, themes: references.themes, diagnostics: log.entries, hasErrors: log.hasErrors)
    }

    /// What the graph holds besides the references: items by id, statuses, orders, and who lists whom.
    private struct Relations: Sendable {
        let firstIndex: [String: Int]
        let events: [String: ContentFile<Event>]
        let basins: [String: ContentFile<Basin>]
        let programmes: [String: ContentFile<Programme>]
        let statuses: [String: AidStatus]
        let basinCodes: [String: Set<String>]
        let aidsByBasin: [String: [String]]
        let eventsByBasin: [String: [String]]
        let aidsByProgramme: [String: [String]]
        let eventsByProgramme: [String: [String]]
        let aidsByOrganisation: [String: [String]]
        let relatedAids: [String: [String]]
        let sortedAids: [String]
        let news: [ContentFile<NewsItem>]
    }

    private static func relations(of content: ContentSet, on buildDate: CalendarDate) -> Relations {
        let events = Dictionary(content.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let basins = Dictionary(content.basins.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let programmes = Dictionary(content.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Aids are read in place, by index: taking one out of `aids` copies it, and retains each of its many fields.
        let files = content.aids
        var statuses: [String: AidStatus] = [:]
        statuses.reserveCapacity(files.count)
        // Read in place through the buffer: an element taken from the array is a copy, every field retained.
        let closingSoonDays = content.site.closingSoonDays
        files.withUnsafeBufferPointer { files in
            for index in files.indices {
                statuses[files[index].id] = AidStatus(aid: files[index].front, on: buildDate, closingSoonDays: closingSoonDays)
            }
        }
        // The file `aids` keeps for each id (the first), in title order.
        var firstIndex: [String: Int] = [:]
        for index in files.indices where firstIndex[files[index].id] == nil { firstIndex[files[index].id] = index }
        let sortedAids = files.indices.sortedFrench { files[$0].front.title + " " + files[$0].id }.map { files[$0].id }
        let sorted = sortedAids.compactMap { id in firstIndex[id].map { (id: id, index: $0) } }

        var aidsByBasin: [String: [String]] = [:]
        var basinCodes: [String: Set<String>] = [:]
        // Each aid's territory codes, in title order, read out once: every basin goes over every aid.
        let sortedTerritoryCodes = sorted.map { files[$0.index].front.territories.map(\.code) }
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
            aidsByBasin[basin.id] = sorted.indices.filter { sortedTerritoryCodes[$0].contains(where: codes.contains) }.map { sorted[$0].id }
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
        for (id, index) in sorted {
            for programme in Set(files[index].front.programmes.map(\.id)).sorted() { aidsByProgramme[programme, default: []].append(id) }
            var organisations = Set(files[index].front.backers.map(\.organisation.id))
            for contact in files[index].front.contacts {
                // The organisation of `organisation/contact`: the first part that is not empty, as
                // `split(separator: "/").first` gives it, without making every part.
                let id = contact.id.drop { $0 == "/" }
                if !id.isEmpty { organisations.insert(String(id[..<(id.firstIndex(of: "/") ?? id.endIndex)])) }
            }
            for organisation in organisations.sorted() { aidsByOrganisation[organisation, default: []].append(id) }
        }

        let news = content.news.sorted { ($0.front.date, $0.id) > ($1.front.date, $1.id) }
        let relatedAids = Self.relatedAids(sorted: sorted, files: files, statuses: statuses, aidsByBasin: aidsByBasin)

        return Relations(firstIndex: firstIndex, events: events, basins: basins, programmes: programmes, statuses: statuses,
                         basinCodes: basinCodes, aidsByBasin: aidsByBasin, eventsByBasin: eventsByBasin, aidsByProgramme: aidsByProgramme,
                         eventsByProgramme: eventsByProgramme, aidsByOrganisation: aidsByOrganisation, relatedAids: relatedAids,
                         sortedAids: sortedAids, news: news)
    }

    /// For each aid, up to four current aids in title order: those sharing its first theme, then its other
    /// themes, then its basins. Walks at most a few entries per list: cheap on 10,000 aids.
    /// `sorted`: each aid's id and its place in `files`, in title order.
    static func relatedAids(sorted: [(id: String, index: Int)], files: [ContentFile<Aid>], statuses: [String: AidStatus],
                            aidsByBasin: [String: [String]]) -> [String: [String]] {
        let limit = 4
        var byTheme: [String: [String]] = [:]
        var basinsOfAid: [String: [String]] = [:]
        for (id, index) in sorted where !(statuses[id]?.isClosed ?? false) {
            for theme in files[index].front.themes.map(\.id).uniqued() { byTheme[theme, default: []].append(id) }
        }
        for (basin, ids) in aidsByBasin.sorted(by: { $0.key < $1.key }) {
            for id in ids { basinsOfAid[id, default: []].append(basin) }
        }
        // Each aid's choice reads the lists made above and nothing else: chosen on both cores.
        let chosenInChunks = sorted.concurrentChunks(2) { [byTheme, basinsOfAid] chunk in
            chunk.map { id, index in
                var chosen: [String] = []
                let lists = files[index].front.themes.map(\.id).uniqued().map { byTheme[$0] ?? [] } + (basinsOfAid[id] ?? []).map { aidsByBasin[$0] ?? [] }
                walk: for list in lists {
                    for other in list {
                        if chosen.count == limit { break walk }
                        if other != id, !(statuses[other]?.isClosed ?? false), !chosen.contains(other) { chosen.append(other) }
                    }
                }
                return (id, chosen)
            }
        }
        var related: [String: [String]] = [:]
        related.reserveCapacity(sorted.count)
        for chunk in chosenInChunks {
            for (id, chosen) in chunk { related[id] = chosen }
        }
        return related
    }
}

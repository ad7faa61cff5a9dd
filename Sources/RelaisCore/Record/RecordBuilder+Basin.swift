import RelaisFrench

extension RecordBuilder {
    func basin(_ file: ContentFile<Basin>) -> (RecordBasin, Findings) {
        var findings = Findings()
        let basin = file.front
        let path = SiteURLs.path(of: .basin, id: file.id)
        let indicatorAnchors = basin.indicators.flatMap { Self.indicatorIds($0.id) }
        let contactAnchors = basin.contacts.map { Self.contactAnchor($0.id) }
        let record = RecordBasin(
            id: file.id, path: path, url: pageURL(path), sourceFile: file.path, name: basin.name, summary: basin.summary,
            description: body(of: file, reservedIds: Set(indicatorAnchors + contactAnchors), findings: &findings),
            kind: Labelled(basin.kind, label: basin.kind.label), region: basin.region, codes: (graph.basinCodes[file.id] ?? []).sorted(),
            ownCodes: NationalTerritoryCodes.ownCodes(cog: basin.cogCodes.map(\.code), ze2020: basin.ze2020,
                                                      subTerritories: basin.subTerritories.compactMap { $0.code?.code }),
            subTerritories: basin.subTerritories.map { RecordSubTerritory(name: $0.name, code: $0.code?.code) },
            keyFigures: basin.keyFigures.map { figure in
                RecordKeyFigure(label: figure.label, value: figure.value, unit: Labelled(figure.unit, label: figure.unit.label),
                                period: figure.period, qualifier: figure.qualifier.map { Labelled($0, label: $0.label) },
                                comparisonShare: figure.comparison?.share.value, comparisonOf: figure.comparison?.of,
                                status: figure.status.map { Labelled($0, label: $0.label) }, source: source(figure.source))
            },
            indicators: basin.indicators.map { indicator in
                RecordIndicator(id: indicator.id, label: indicator.label, unit: Labelled(indicator.unit, label: indicator.unit.label),
                                definition: indicator.definition, source: source(indicator.source), chart: indicator.chart.rawValue, target: indicator.target,
                                series: indicator.series.map { RecordIndicator.Point(period: $0.period, value: $0.value, status: $0.status.map { Labelled($0, label: $0.label) }) })
            },
            programmes: basin.programmes.compactMap { summary(.programme, $0.id) },
            contacts: basin.contacts.map(\.id).uniqued().compactMap(publishedContact),
            aidIds: graph.aidsByBasin[file.id] ?? [], eventIds: graph.eventsByBasin[file.id] ?? [],
            dataFiles: basin.indicators.compactMap(\.csvPath), dates: dates(file.meta))
        return (record, findings)
    }

    func programme(_ file: ContentFile<Programme>) -> (RecordProgramme, Findings) {
        var findings = Findings()
        let programme = file.front
        let path = SiteURLs.path(of: .programme, id: file.id)
        func bound(_ value: Programme.PeriodBound) -> RecordPeriodBound {
            switch value {
            case .year(let year): RecordPeriodBound(year: year, date: nil)
            case .date(let date): RecordPeriodBound(year: date.year, date: date)
            }
        }
        // Each axis is an h3 of the page: its headings go below, with ids of their own.
        let axes = programme.axes.enumerated().map { index, axis in
            RecordAxis(title: axis.title, description: axis.description.map {
                field($0, of: file, placement: .init(headingLevel: 4, idPrefix: "axe-\(index + 1)-"), findings: &findings)
            })
        }
        let record = RecordProgramme(
            id: file.id, path: path, url: pageURL(path), sourceFile: file.path, name: programme.name, summary: programme.summary,
            acronym: programme.acronym, description: body(of: file, findings: &findings),
            kind: Labelled(programme.kind, label: programme.kind.label),
            periodStart: bound(programme.periodStart), periodEnd: programme.periodEnd.map(bound),
            pilots: programme.pilots.compactMap { summaries[$0.id] }, territories: programme.territories.map(territory),
            budget: programme.budget.map { RecordBudget(total: $0.total, perYear: $0.perYear, years: $0.years, note: $0.note) },
            targets: programme.targets.map { target in
                RecordTarget(label: target.label, value: target.value, unit: Labelled(target.unit, label: target.unit.label),
                             per: target.per.rawValue, countingMethod: target.countingMethod.map { Labelled($0, label: $0.label) },
                             results: target.results.map { RecordTarget.Result(period: $0.period, value: $0.value) })
            },
            axes: axes,
            workstreams: programme.workstreams.map { RecordWorkstream(title: $0.title, leads: $0.leads) },
            governance: programme.governance.map { RecordGovernanceBody(body: $0.body, role: $0.role, frequency: $0.frequency, members: $0.members) },
            pilotTerritories: programme.pilotTerritories.map { territory in
                RecordPilotTerritory(
                    territory: territory.territory,
                    projectCarriers: territory.projectCarriers.map { RecordPilotTerritory.Carrier(name: organisationName($0), organisation: summaries[$0.id]) },
                    status: territory.status.map { Labelled($0, label: $0.label) }, summary: territory.summary)
            },
            legalBasis: programme.legalBasis.map { RecordLegalBasis(label: $0.label, url: $0.url.map(recordURL)) },
            aidIds: graph.aidsByProgramme[file.id] ?? [], eventIds: graph.eventsByProgramme[file.id] ?? [],
            basins: graph.basins.values.filter { $0.front.programmes.contains { $0.id == file.id } }.map(\.id).sorted().compactMap { summary(.basin, $0) },
            dates: dates(file.meta))
        return (record, findings)
    }

    func news(_ file: ContentFile<NewsItem>) -> (RecordNews, Findings) {
        var findings = Findings()
        let news = file.front
        let path = SiteURLs.path(of: .news, id: file.id)
        let related = news.relatedAids.compactMap { summary(.aid, $0.id) } + news.relatedEvents.compactMap { summary(.event, $0.id) }
            + news.relatedProgrammes.compactMap { summary(.programme, $0.id) } + news.relatedBasins.compactMap { summary(.basin, $0.id) }
        let record = RecordNews(id: file.id, path: path, url: pageURL(path), sourceFile: file.path, title: news.title, summary: news.summary,
                                date: news.date, body: body(of: file, datedOn: news.date, findings: &findings), source: news.source.map(source),
                                related: related, dates: dates(file.meta))
        return (record, findings)
    }

    func page(_ file: ContentFile<Page>) -> (RecordPage, Findings) {
        var findings = Findings()
        let path = SiteURLs.path(of: .page, id: file.id)
        let record = RecordPage(id: file.id, path: path, url: pageURL(path), sourceFile: file.path, title: file.front.title,
                                summary: file.front.summary, body: body(of: file, findings: &findings), dates: dates(file.meta))
        return (record, findings)
    }
}

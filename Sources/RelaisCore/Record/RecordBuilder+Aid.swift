import RelaisFrench

extension RecordBuilder {
    func aid(_ file: ContentFile<Aid>) -> (RecordAid, Findings) {
        var findings = Findings()
        let aid = file.front
        let own = summary(.aid, file.id)
        let path = own?.url.sitePath ?? SiteURLs.path(of: .aid, id: file.id)
        let contacts = aid.contacts.map(\.id).uniqued().compactMap(publishedContact)
        if contacts.isEmpty, let first = aid.contacts.first {
            findings.diagnostics.append(Diagnostic(.warning, step: .validate, at: first.location,
                "L'aide « \(file.id) » n'a plus aucun contact publiable : ses contacts sont des personnes qui n'ont pas donné leur accord.",
                hint: "Ajoutez le contact d'un service (« kind: service ») de l'organisme, que le lecteur puisse joindre quelqu'un."))
        }
        // Contact cards are anchors of the aid's page: headings must not take their ids.
        let anchors = Set(aid.contacts.map { Self.contactAnchor($0.id) })
        let description = body(of: file, reservedIds: anchors, findings: &findings)
        let eligibility = field(aid.eligibility, of: file, placement: .init(headingLevel: 3, idPrefix: "eligibilite-", reservedIds: anchors),
                                findings: &findings)
        let record = RecordAid(
            id: file.id, path: path, url: own?.url ?? pageURL(path), sourceFile: file.path,
            title: aid.title, promise: aid.promise, description: description, eligibility: eligibility,
            status: RecordAidStatus(graph.status(ofAid: file.id)),
            aidTypes: aid.aidTypes.map { Labelled($0, label: $0.label) },
            financialComponents: aid.financialComponents.map(component),
            audiences: aid.audiences.map { Labelled($0, label: $0.label) },
            companySizes: aid.companySizes.map { Labelled($0, label: $0.label) },
            targetGroups: aid.targetGroups.map { Labelled($0, label: $0.label) },
            jobConditions: aid.jobConditions.map { conditions in
                RecordJobConditions(minNetJobs: conditions.minNetJobs,
                                    contractTypes: conditions.contractTypes.map { Labelled($0, label: $0.label) },
                                    withinMonths: conditions.withinMonths)
            },
            themes: aid.themes.compactMap { graph.themes[$0.id] }.map { Labelled(code: $0.id, label: $0.label) },
            territories: aid.territories.map(territory),
            backers: aid.backers.compactMap { backer in
                summaries[backer.organisation.id].map { RecordBacker(organisation: $0, roles: backer.roles.map { Labelled($0, label: $0.label) }) }
            },
            programmes: aid.programmes.compactMap { summary(.programme, $0.id) },
            recurrence: Labelled(aid.recurrence, label: aid.recurrence.label),
            openingDate: aid.openingDate, closingDate: aid.closingDate,
            applicationURL: aid.applicationURL.map(recordURL), moreInfoURL: aid.moreInfoURL.map(recordURL),
            contacts: contacts,
            documents: aid.documents.map { RecordDocument(title: $0.title, url: recordURL($0.url), format: $0.format.rawValue, sizeBytes: $0.sizeBytes) },
            source: aid.source.map(source), dates: dates(file.meta),
            related: (graph.relatedAids[file.id] ?? []).compactMap { summary(.aid, $0) })
        return (record, findings)
    }

    func component(_ component: FinancialComponent) -> RecordFinancialComponent {
        RecordFinancialComponent(
            kind: Labelled(component.kind, label: component.kind.label), amount: component.amount,
            per: component.per.map { Labelled($0, label: $0.phrase) }, cap: component.cap,
            rateMax: component.rateMax?.value, interestRate: component.interestRate?.value,
            durationMonths: component.durationMonths, territory: component.territory.map(territory), note: component.note,
            minAmount: component.minAmount, rateMin: component.rateMin?.value, minDurationMonths: component.minDurationMonths)
    }
}

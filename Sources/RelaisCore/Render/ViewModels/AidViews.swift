import Foundation
import RelaisFrench

/// An aid as a card in lists.
struct AidCard: ViewModel {
    let title: String
    let url: String
    let promise: String
    let status: StatusBadge
    let types: [String]
    let audiences: String
    let territories: String
    let amountSummary: String?
}

/// An aid's status as text (never colour alone) and a CSS class.
struct StatusBadge: ViewModel {
    let code: String
    let label: String
    /// "Clôture le 31 décembre 2023", HTML (ordinals in `<sup>`).
    let detailHTML: String?
}

/// An aid's own page.
struct AidPageBody: ViewModel {
    let title: String
    let promise: String
    let status: StatusBadge
    let descriptionHTML: String
    let eligibilityHTML: String
    let amounts: [String]
    let hasAmounts: Bool
    let jobConditions: String?
    let facts: [Fact]
    let backers: [BackerLine]
    let contacts: [ContactCard]
    let documents: [DocumentLink]
    let hasDocuments: Bool
    let programmes: [Link]
    let hasProgrammes: Bool
    let applicationURL: String?
    let moreInfoURL: String?
    let source: String?
    let dateModifiedHTML: String
}

struct BackerLine: ViewModel {
    let name: String
    let url: String
    let roles: String
}

struct DocumentLink: ViewModel {
    let title: String
    let url: String
    /// "PDF, 240 ko"
    let details: String
}

extension Presentation {
    func status(of id: String) -> StatusBadge {
        switch graph.status(ofAid: id) {
        case .upcoming(let opens):
            return StatusBadge(code: "upcoming", label: "À venir", detailHTML: "Ouverture le \(timeHTML(opens))")
        case .open(let closes):
            return StatusBadge(code: "open", label: "Ouverte", detailHTML: "Jusqu’au \(timeHTML(closes))")
        case .closingSoon(let closes, let daysLeft):
            let when = daysLeft == 0 ? "aujourd’hui" : "dans \(daysLeft) jour\(daysLeft > 1 ? "s" : "") (J-\(daysLeft))"
            return StatusBadge(code: "closing-soon", label: "Clôture proche", detailHTML: "Clôture \(when), le \(timeHTML(closes))")
        case .closed(let closed):
            return StatusBadge(code: "closed", label: "Clôturée", detailHTML: "Date limite passée\u{00A0}: \(timeHTML(closed))")
        case .ongoing:
            return StatusBadge(code: "ongoing", label: "Permanente", detailHTML: "Sans date limite")
        }
    }

    func aidCard(_ id: String) -> AidCard? {
        aidCards[id] ?? makeAidCard(id)
    }

    func makeAidCard(_ id: String) -> AidCard? {
        guard let file = graph.aids[id] else { return nil }
        let aid = file.front
        return AidCard(
            title: text(aid.title), url: link(SiteURLs.path(of: .aid, id: id)), promise: text(aid.promise),
            status: status(of: id), types: aid.aidTypes.map(\.label), audiences: aid.audiences.map(\.label).joined(separator: ", "),
            territories: aid.territories.map(territoryName).joined(separator: ", "),
            amountSummary: aid.financialComponents.isEmpty ? nil : FrenchTypography.apply(aid.financialComponents.map { amountPhrase($0, short: true) }.joined(separator: " ; ")))
    }

    /// "Prêt à taux zéro de 15 000 € par emploi créé, plafonné à 225 000 €, sur 5 ans".
    func amountPhrase(_ component: FinancialComponent, short: Bool = false) -> String {
        var phrase = component.kind.label
        let feminine = [.grant, .recoverableAdvance, .guarantee, .equity, .hiringBonus].contains(component.kind)
        if let rate = component.interestRate {
            phrase += rate.value == 0 ? " à taux zéro" : " à \(french.percent(rate.value))"
        }
        if let amount = component.amount {
            phrase += " de \(french.money(amount))"
            if let per = component.per { phrase += " \(per.phrase)" }
        }
        if let cap = component.cap {
            if component.amount == nil {
                phrase += " d’au plus \(french.money(cap))"
                if let per = component.per { phrase += " \(per.phrase)" }
            } else {
                phrase += ", plafonn\(feminine ? "ée" : "é") à \(french.money(cap))"
            }
        }
        if let rateMax = component.rateMax {
            phrase += ", jusqu’à \(french.percent(rateMax.value)) de la dépense"
        }
        if let months = component.durationMonths {
            phrase += ", sur " + (months % 12 == 0 ? "\(months / 12) an\(months / 12 > 1 ? "s" : "")" : "\(months) mois")
        }
        if short { return text(phrase) }
        if let territory = component.territory { phrase += " — \(territoryName(territory))" }
        if let note = component.note { phrase += " : \(note)" }
        return text(phrase)
    }

    func aidPage(_ file: ContentFile<Aid>) -> (PageViewModel<AidPageBody>, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let aid = file.front
        let path = SiteURLs.path(of: .aid, id: file.id)
        var facts: [Fact] = [
            Fact(term: "Type d’aide", valueHTML: aid.aidTypes.map(\.label).joined(separator: ", ").htmlEscaped),
            Fact(term: "Pour qui", valueHTML: aid.audiences.map(\.label).joined(separator: ", ").htmlEscaped),
        ]
        if !aid.companySizes.isEmpty {
            facts.append(Fact(term: "Taille d’entreprise", valueHTML: aid.companySizes.map(\.label).joined(separator: ", ").htmlEscaped))
        }
        if !aid.targetGroups.isEmpty {
            facts.append(Fact(term: "Publics prioritaires", valueHTML: aid.targetGroups.map(\.label).joined(separator: ", ").htmlEscaped))
        }
        facts.append(Fact(term: "Territoire", valueHTML: aid.territories.map(territoryName).joined(separator: ", ").htmlEscaped))
        let themeLabels = aid.themes.compactMap { graph.themes[$0.id]?.label }.map(text)
        facts.append(Fact(term: "Thèmes", valueHTML: themeLabels.joined(separator: ", ").htmlEscaped))
        facts.append(Fact(term: "Calendrier", valueHTML: aid.recurrence.label.htmlEscaped))
        if let opening = aid.openingDate { facts.append(Fact(term: "Ouverture", valueHTML: timeHTML(opening))) }
        if let closing = aid.closingDate { facts.append(Fact(term: "Date limite", valueHTML: timeHTML(closing))) }

        var conditions: String?
        if let job = aid.jobConditions {
            var parts: [String] = []
            if let minimum = job.minNetJobs { parts.append("au moins \(minimum) création\(minimum > 1 ? "s" : "") nette\(minimum > 1 ? "s" : "") d’emploi") }
            if !job.contractTypes.isEmpty { parts.append("en " + job.contractTypes.map(\.label).joined(separator: " ou ")) }
            if let months = job.withinMonths {
                parts.append(months == 12 ? "dans l’année" : months % 12 == 0 ? "dans les \(months / 12) ans" : "dans les \(months) mois")
            }
            if !parts.isEmpty { conditions = "Le projet doit prévoir " + parts.joined(separator: " ") + "." }
        }

        let contacts = aid.contacts.map(\.id).uniqued().compactMap(contactCard)
        let reserved = Set(contacts.map(\.anchor))
        let body = AidPageBody(
            title: text(aid.title), promise: text(aid.promise), status: status(of: file.id),
            descriptionHTML: html(bodyOf: file, reservedIds: reserved, diagnostics: &diagnostics),
            eligibilityHTML: html(aid.eligibility, of: file, placement: .init(headingLevel: 3, idPrefix: "eligibilite-", reservedIds: reserved),
                                  diagnostics: &diagnostics),
            amounts: aid.financialComponents.map { amountPhrase($0) }, hasAmounts: !aid.financialComponents.isEmpty,
            jobConditions: conditions, facts: facts,
            backers: aid.backers.compactMap { backer in
                organisationLink(backer.organisation.id).map {
                    BackerLine(name: $0.label, url: $0.url, roles: backer.roles.map(\.label).joined(separator: ", "))
                }
            },
            contacts: contacts,
            documents: aid.documents.map(documentLink), hasDocuments: !aid.documents.isEmpty,
            programmes: aid.programmes.compactMap(programmeLink),
            hasProgrammes: !aid.programmes.isEmpty,
            applicationURL: aid.applicationURL.map(href), moreInfoURL: aid.moreInfoURL.map(href),
            source: aid.source.map(sourceText),
            dateModifiedHTML: timeHTML(file.meta.dateModified))
        let meta = meta(title: body.title, description: body.promise, path: path,
                        trail: [Link(label: "Aides", url: link(SiteURLs.list(of: .aid)))], section: SiteURLs.list(of: .aid),
                        openGraphType: "article")
        return (page(meta, body), diagnostics)
    }

    func documentLink(_ document: Document) -> DocumentLink {
        var details = document.format.rawValue.uppercased()
        if let size = document.sizeBytes {
            details += ", " + (size >= 1_000_000 ? "\(french.number(Decimal(size) / 1_000_000, maxFractionDigits: 1))\u{00A0}Mo" : "\(max(1, size / 1000))\u{00A0}ko")
        }
        return DocumentLink(title: text(document.title), url: href(document.url), details: details)
    }

    /// "Direccte Hauts-de-France, « Titre », 15 avril 2019"
    func sourceText(_ source: Source) -> String {
        var parts = [text(graph.organisationName(source.organisation))]
        if let title = source.title { parts.append("« \(text(title)) »") }
        if let date = source.date { parts.append(french.date(date)) }
        return FrenchTypography.apply(parts.joined(separator: ", "))
    }
}

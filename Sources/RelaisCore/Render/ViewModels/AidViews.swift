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
    /// The card's heading element: `h3` in a list under an `h2`, `h4` in a group under an `h3`.
    var heading = "h3"

    func headed(by element: String) -> AidCard {
        var card = self
        card.heading = element
        return card
    }
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
    /// Up to four aids to read next.
    let related: [AidCard]
    let hasRelated: Bool
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
    func status(of aid: RecordAid) -> StatusBadge { status(of: aid.status) }

    func status(of status: RecordAidStatus) -> StatusBadge {
        var detail: String?
        switch status.code {
        case "upcoming": detail = status.date.map { "Ouverture le \(timeHTML($0))" }
        case "open": detail = status.date.map { "Jusqu’au \(timeHTML($0))" }
        case "closingSoon":
            let days = status.daysLeft ?? 0
            let when = days == 0 ? "aujourd’hui" : "dans \(days) jour\(days > 1 ? "s" : "") (J-\(days))"
            detail = status.date.map { "Clôture \(when), le \(timeHTML($0))" }
        case "ongoing": detail = "Sans date limite"
        case _ where status.isClosed && status.code != "closed" || status.note != nil:
            // Closed by its authors: since when, and why in their words.
            let since = status.date.map { "depuis le \(timeHTML($0))" }
            let note = status.note.map { HTML.words(text($0)) }
            let parts = [since, note].compactMap { $0 }
            detail = parts.isEmpty ? nil : parts.joined(separator: "\u{00A0}: ")
        case "closed": detail = status.date.map { "Date limite passée\u{00A0}: \(timeHTML($0))" }
        default: detail = nil
        }
        return StatusBadge(code: status.code, label: status.label, detailHTML: detail)
    }

    func aidCard(_ id: String) -> AidCard? {
        guard let aidCards else { return record.aidCardFields(id).map(makeAidCard) }
        // Noted whether the card is made here or was made for another page.
        record.log?.note(.aidCard(id))
        return aidCards.card(id) { record.record.aid(id, reading: { makeAidCard(AidCardFields($0)) }) }
    }

    /// From the card's fields alone, whose fingerprint says when the pages showing the card must be made again.
    func makeAidCard(_ aid: AidCardFields) -> AidCard {
        AidCard(
            title: text(aid.title), url: href(aid.url), promise: text(aid.promise),
            status: status(of: aid.status), types: aid.aidTypes.map(\.label), audiences: FrenchList.join(aid.audiences.map(\.label)),
            territories: aid.territories.map(\.name).joined(separator: ", "),
            amountSummary: aid.financialComponents.isEmpty ? nil : FrenchTypography.apply(FrenchList.join(aid.financialComponents.map { amountPhrase($0, short: true) }, separator: " ; ")))
    }

    /// "Prêt à taux zéro de 15 000 € par emploi créé, plafonné à 225 000 €, sur 5 ans".
    /// "Prêt d’honneur à taux zéro de 3 000 € à 50 000 €, sur 2 à 5 ans", "Subvention de 20 % à 40 % des
    /// dépenses, plafonnée à 50 000 €": every figure of a component, ranges included, in one French sentence.
    func amountPhrase(_ component: RecordFinancialComponent, short: Bool = false) -> String {
        var phrase = component.kind.label
        let feminine = ["grant", "recoverableAdvance", "guarantee", "equity", "hiringBonus"].contains(component.kind.code)
        let per = component.per.map { " \($0.label)" } ?? ""
        if let rate = component.interestRate {
            phrase += rate == 0 ? " à taux zéro" : " à \(french.percent(rate))"
        }
        if let amount = component.amount {
            phrase += " " + (component.minAmount.map { "de \(french.money($0)) à \(french.money(amount))" } ?? "de \(french.money(amount))") + per
            if let cap = component.cap { phrase += ", plafonn\(feminine ? "ée" : "é") à \(french.money(cap))" }
            if let rateMax = component.rateMax {
                phrase += component.rateMin.map { ", de \(french.percent($0)) à \(french.percent(rateMax)) des dépenses" }
                    ?? ", jusqu’à \(french.percent(rateMax)) de la dépense"
            }
        } else if let rateMax = component.rateMax {
            // A rate of the spending, capped: the rate first, then the ceiling.
            phrase += component.rateMin.map { " de \(french.percent($0)) à \(french.percent(rateMax)) des dépenses" }
                ?? " jusqu’à \(french.percent(rateMax)) des dépenses"
            if let cap = component.cap {
                phrase += component.minAmount.map { ", de \(french.money($0)) à \(french.money(cap))\(per)" }
                    ?? ", plafonn\(feminine ? "ée" : "é") à \(french.money(cap))\(per)"
            }
        } else if let cap = component.cap {
            phrase += component.minAmount.map { " de \(french.money($0)) à \(french.money(cap))" } ?? " d’au plus \(french.money(cap))"
            phrase += per
        }
        if let months = component.durationMonths {
            let low = component.minDurationMonths.map { Self.duration($0, sameUnitAs: months) }
            phrase += ", sur " + (low.map { "\($0) à " } ?? "") + Self.duration(months)
        }
        if short { return text(phrase) }
        if let territory = component.territory { phrase += " — \(territory.name)" }
        if let note = component.note { phrase += " : \(note)" }
        return text(phrase)
    }

    /// "5 ans", "18 mois"; the low end of a range in years only when both ends are whole years ("sur 2 à 5 ans").
    static func duration(_ months: Int, sameUnitAs high: Int? = nil) -> String {
        let inYears = months % 12 == 0 && (high.map { $0 % 12 == 0 } ?? true)
        if let high {
            // The unit is said once, after the high end.
            return inYears && high % 12 == 0 ? "\(months / 12)" : "\(months)" + (high % 12 == 0 ? " mois" : "")
        }
        return inYears ? "\(months / 12) an\(months / 12 > 1 ? "s" : "")" : "\(months) mois"
    }

    /// The aid in short, as the summary table of its page and of the printed guide shows it.
    func aidFacts(_ aid: RecordAid) -> [Fact] {
        // Labels joined in one line: the first keeps its capital ("Prêt, subvention").
        func list(_ values: [Labelled]) -> String { HTML.words(FrenchList.join(values.map(\.label))) }
        var facts: [Fact] = [
            Fact(term: "Type d’aide", valueHTML: list(aid.aidTypes)),
            Fact(term: "Pour qui", valueHTML: list(aid.audiences)),
        ]
        if !aid.companySizes.isEmpty { facts.append(Fact(term: "Taille d’entreprise", valueHTML: list(aid.companySizes))) }
        if !aid.targetGroups.isEmpty { facts.append(Fact(term: "Publics prioritaires", valueHTML: list(aid.targetGroups))) }
        facts.append(Fact(term: "Territoire", valueHTML: HTML.words(aid.territories.map(\.name).joined(separator: ", "))))
        facts.append(Fact(term: "Thèmes", valueHTML: HTML.words(FrenchList.join(aid.themes.map { text($0.label) }))))
        facts.append(Fact(term: "Calendrier", valueHTML: HTML.words(aid.recurrence.label)))
        if let opening = aid.openingDate { facts.append(Fact(term: "Ouverture", valueHTML: timeHTML(opening))) }
        if let closing = aid.closingDate { facts.append(Fact(term: "Date limite", valueHTML: timeHTML(closing))) }
        // The summary table holds every figure in short; the sections below say them in full.
        if !aid.financialComponents.isEmpty {
            facts.insert(Fact(term: "Montants", valueHTML: aid.financialComponents.map { HTML.words(amountPhrase($0, short: true)) }.joined(separator: "<br>")), at: 1)
        }
        if let conditions = aidJobConditions(aid) { facts.append(Fact(term: "Conditions d’emploi", valueHTML: HTML.words(conditions))) }
        if !aid.backers.isEmpty {
            facts.append(Fact(term: "Porteurs", valueHTML: aid.backers.map { backer in
                HTML.words("\(text(backer.organisation.name)) (\(FrenchList.lowercasingFirst(FrenchList.join(backer.roles.map(\.label)))))")
            }.joined(separator: "<br>")))
        }
        facts.append(Fact(term: "Mise à jour", valueHTML: timeHTML(aid.dates.modified)))
        return facts
    }

    func aidJobConditions(_ aid: RecordAid) -> String? {
        aid.jobConditions.flatMap(jobConditionsPhrase).map { "Le projet doit prévoir " + $0 + "." }
    }

    func aidPage(_ aid: RecordAid) -> PageViewModel<AidPageBody> {
        let facts = aidFacts(aid)
        let conditions = aidJobConditions(aid)
        let related = aid.related.compactMap { aidCard($0.id) }

        let contacts = aid.contacts.map(contactCard)
        let body = AidPageBody(
            title: text(aid.title), promise: text(aid.promise), status: status(of: aid),
            descriptionHTML: aid.description.html, eligibilityHTML: aid.eligibility.html,
            amounts: aid.financialComponents.map { amountPhrase($0) }, hasAmounts: !aid.financialComponents.isEmpty,
            jobConditions: conditions, facts: facts,
            backers: aid.backers.map { backer in
                BackerLine(name: text(backer.organisation.name), url: href(backer.organisation.url),
                           roles: FrenchList.join(backer.roles.map(\.label)))
            },
            contacts: contacts,
            documents: aid.documents.map(documentLink), hasDocuments: !aid.documents.isEmpty,
            programmes: aid.programmes.map(itemLink), hasProgrammes: !aid.programmes.isEmpty,
            // Only while applications are taken: never on an upcoming, closed or suspended aid.
            applicationURL: aid.status.isOpen ? aid.applicationURL.map(href) : nil, moreInfoURL: aid.moreInfoURL.map(href),
            source: aid.source.map(sourceText),
            dateModifiedHTML: timeHTML(aid.dates.modified), related: related, hasRelated: !related.isEmpty)
        let meta = meta(title: body.title, description: body.promise, path: aid.path,
                        trail: [Link(label: "Aides", url: link(SiteURLs.list(of: .aid)))], section: SiteURLs.list(of: .aid),
                        openGraphType: "article", structuredData: [JSONLDWriter.block(SchemaOrg.GovernmentService(aid))],
                        plainTitle: aid.title)
        return page(meta, body)
    }

    /// "au moins 3 créations nettes d’emploi en CDI dans les 2 ans": the page and the open data say it alike.
    func jobConditionsPhrase(_ job: RecordJobConditions) -> String? {
        var parts: [String] = []
        if let minimum = job.minNetJobs { parts.append("au moins \(minimum) création\(minimum > 1 ? "s" : "") nette\(minimum > 1 ? "s" : "") d’emploi") }
        if !job.contractTypes.isEmpty { parts.append("en " + job.contractTypes.map(\.label).joined(separator: " ou ")) }
        if let months = job.withinMonths {
            parts.append(months == 12 ? "dans l’année" : months % 12 == 0 ? "dans les \(months / 12) ans" : "dans les \(months) mois")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    func documentLink(_ document: RecordDocument) -> DocumentLink {
        var details = document.format.uppercased()
        if let size = document.sizeBytes {
            details += ", " + (size >= 1_000_000 ? "\(french.number(Decimal(size) / 1_000_000, maxFractionDigits: 1))\u{00A0}Mo" : "\(max(1, size / 1000))\u{00A0}ko")
        }
        return DocumentLink(title: text(document.title), url: href(document.url), details: details)
    }

    /// "Direccte Hauts-de-France, « Titre », 15 avril 2019"
    func sourceText(_ source: RecordSource) -> String {
        var parts = [text(source.organisationName)]
        if let title = source.title { parts.append("« \(text(title)) »") }
        if let date = source.date { parts.append(french.date(date)) }
        return FrenchTypography.apply(parts.joined(separator: ", "))
    }
}

import Foundation
import RelaisFrench

extension Aid {
    init?(reading r: MappingReader) {
        let title = r.read("title") as String?
        let promise = r.read("promise") as String?
        let aidTypes: [AidType]? = r.read("aidTypes")
        let financialComponents: [FinancialComponent] = r.list("financialComponents")
        let audiences: [Audience]? = r.read("audiences")
        let companySizes: [CompanySize] = r.list("companySizes")
        let targetGroups: [TargetGroup] = r.list("targetGroups")
        let jobConditions: JobConditions? = r.read("jobConditions")
        let eligibility: MarkdownField? = r.read("eligibility")
        let themes: [Reference]? = r.read("themes")
        let territories: [TerritoryCode]? = r.read("territories")
        let backers: [Backer]? = r.read("backers")
        let programmes: [Reference] = r.list("programmes")
        let recurrence: Recurrence? = r.read("recurrence")
        let openingDate: CalendarDate? = r.read("openingDate")
        let closingDate: CalendarDate? = r.read("closingDate")
        let applicationURL: ContentURL? = r.read("applicationUrl")
        let moreInfoURL: ContentURL? = r.read("moreInfoUrl")
        let contacts: [Reference]? = r.read("contacts")
        let documents: [Document] = r.list("documents")
        let source: Source? = r.read("source")
        let availability: Availability? = r.read("availability")

        if let recurrence, recurrence != .ongoing, !r.isWritten("closingDate") {
            r.requireCondition("recurrence", "Une aide « \(recurrence.rawValue) » doit avoir une date de clôture.",
                               hint: "Ajoutez « closingDate: AAAA-MM-JJ », ou écrivez « recurrence: ongoing » si l'aide est permanente.")
        }
        if let openingDate, let closingDate, closingDate < openingDate {
            r.requireCondition("closingDate", "La date de clôture (\(closingDate)) est antérieure à la date d'ouverture (\(openingDate)).",
                               hint: "Vérifiez l'ordre des dates « openingDate » et « closingDate ».")
        }
        for component in financialComponents where !component.kind.isFinancial {
            r.requireCondition("financialComponents", "« \(component.kind.rawValue) » n'est pas un type d'aide financière et ne peut pas figurer dans « financialComponents ».",
                               hint: "Utilisez grant, loan, honourLoan, recoverableAdvance, guarantee, equity ou hiringBonus ; décrivez un accompagnement dans le texte de l'aide.")
        }
        if let aidTypes {
            for component in financialComponents where !aidTypes.contains(component.kind) {
                r.requireCondition("financialComponents", "Le volet « \(component.kind.rawValue) » n'apparaît pas dans « aidTypes ».",
                                   hint: "Ajoutez « \(component.kind.rawValue) » à la liste « aidTypes ».")
            }
        }

        guard let title, let promise, let aidTypes, let audiences, let eligibility, let themes, let territories,
              let backers, let recurrence, let contacts else { return nil }
        self.init(title: title, promise: promise, aidTypes: aidTypes, financialComponents: financialComponents,
                  audiences: audiences, companySizes: companySizes, targetGroups: targetGroups, jobConditions: jobConditions,
                  eligibility: eligibility, themes: themes, territories: territories, backers: backers, programmes: programmes,
                  recurrence: recurrence, openingDate: openingDate, closingDate: closingDate, applicationURL: applicationURL,
                  moreInfoURL: moreInfoURL, contacts: contacts, documents: documents, source: source, availability: availability)
    }
}

extension Availability: YAMLMapping {
    init?(reading r: MappingReader) {
        let state: State? = r.read("state")
        let since: CalendarDate? = r.read("since")
        let note: String? = r.read("note")
        if let note, note.count > 300 {
            r.requireCondition("note", "La note de disponibilité dépasse 300 caractères (\(note.count)).",
                               hint: "Dites en une ou deux phrases pourquoi l'aide est fermée et jusqu'à quand ; le détail va dans le texte de l'aide.")
        }
        guard let state else { return nil }
        self.init(state: state, since: since, note: note)
    }
}

extension FinancialComponent: YAMLMapping {
    init?(reading r: MappingReader) {
        let kind: AidType? = r.read("kind")
        let amount = (r.read("amount") as Decimal?)
        let per: Basis? = r.read("per")
        let cap = (r.read("cap") as Decimal?)
        let rateMax: Percent? = r.read("rateMax")
        let interestRate: Percent? = r.read("interestRate")
        let durationMonths = (r.read("durationMonths") as Int?)
        let territory: TerritoryCode? = r.read("territory")
        let note: String? = r.read("note")
        let minAmount = (r.read("minAmount") as Decimal?)
        let rateMin: Percent? = r.read("rateMin")
        let minDurationMonths = (r.read("minDurationMonths") as Int?)
        for (key, months) in [("durationMonths", durationMonths), ("minDurationMonths", minDurationMonths)] {
            if let months, months > FinancialComponent.maximumMonths {
                r.requireCondition(key, "La durée « \(key) » vaut \(months) mois, plus de 50 ans.",
                                   hint: "Écrivez la durée en mois : 60 pour 5 ans.")
            }
        }
        if let minAmount, let top = amount ?? cap, minAmount > top {
            r.requireCondition("minAmount", "Le montant minimal (\(minAmount)) dépasse le montant \(amount == nil ? "plafond" : "maximal") (\(top)).",
                               hint: "« minAmount » est le bas de la fourchette, « \(amount == nil ? "cap" : "amount") » le haut.")
        }
        if minAmount != nil, amount == nil, cap == nil {
            r.requireCondition("minAmount", "« minAmount » ouvre une fourchette, mais ni « amount » ni « cap » ne la ferment.",
                               hint: "Ajoutez « amount » (le haut de la fourchette), ou écrivez le montant seul dans « amount ».")
        }
        if let rateMin, let rateMax, rateMin.value > rateMax.value {
            r.requireCondition("rateMin", "Le taux minimal (\(rateMin.value) %) dépasse le taux maximal (\(rateMax.value) %).",
                               hint: "« rateMin » est le bas de la fourchette, « rateMax » le haut.")
        }
        if rateMin != nil, rateMax == nil {
            r.requireCondition("rateMin", "« rateMin » ouvre une fourchette de taux, mais « rateMax » ne la ferme pas.",
                               hint: "Ajoutez « rateMax », le taux le plus haut.")
        }
        if let minDurationMonths, let durationMonths, minDurationMonths > durationMonths {
            r.requireCondition("minDurationMonths", "La durée minimale (\(minDurationMonths) mois) dépasse la durée maximale (\(durationMonths) mois).",
                               hint: "« minDurationMonths » est le bas de la fourchette, « durationMonths » le haut.")
        }
        if minDurationMonths != nil, durationMonths == nil {
            r.requireCondition("minDurationMonths", "« minDurationMonths » ouvre une fourchette de durée, mais « durationMonths » ne la ferme pas.",
                               hint: "Ajoutez « durationMonths », la durée la plus longue, en mois.")
        }
        if per != nil, amount == nil, cap == nil {
            r.requireCondition("per", "« per » précise un montant, mais ni « amount » ni « cap » ne sont donnés.",
                               hint: "Ajoutez « amount » (par exemple 5000) ou « cap », ou supprimez « per ».")
        }
        if let amount, let cap, cap < amount {
            r.requireCondition("cap", "Le plafond (\(cap)) est inférieur au montant (\(amount)).", hint: "Vérifiez « amount » et « cap ».")
        }
        guard let kind else { return nil }
        self.init(kind: kind, amount: amount, per: per, cap: cap, rateMax: rateMax, interestRate: interestRate,
                  durationMonths: durationMonths, territory: territory, note: note, minAmount: minAmount, rateMin: rateMin,
                  minDurationMonths: minDurationMonths)
    }
}

extension JobConditions: YAMLMapping {
    init?(reading r: MappingReader) {
        self.init(minNetJobs: (r.read("minNetJobs") as Int?), contractTypes: r.list("contractTypes"), withinMonths: (r.read("withinMonths") as Int?))
    }
}

extension Backer: YAMLMapping {
    init?(reading r: MappingReader) {
        let organisation: Reference? = r.read("organisation")
        let roles: [Role]? = r.read("roles")
        guard let organisation, let roles else { return nil }
        self.init(organisation: organisation, roles: roles)
    }
}

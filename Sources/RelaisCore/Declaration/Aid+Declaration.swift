// The declaration of each group of keys read in Load/Aid+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension Aid {
    static let declaration = MappingDeclaration("aide", [
        .required("title", String.self, "Le nom de l'aide, en titre de sa page et de sa carte.", maxLength: 180),
        .required("promise", String.self, "En une phrase, ce que l'aide apporte ; affichée sur la carte de l'aide.", maxLength: 160),
        .required("aidTypes", [AidType].self, "Les formes que prend l'aide (subvention, prêt, accompagnement…)."),
        .optional("financialComponents", [FinancialComponent].self, "Le détail chiffré, un volet par forme d'aide financière."),
        .required("audiences", [Audience].self, "À qui l'aide s'adresse."),
        .optional("companySizes", [CompanySize].self, "Les tailles d'entreprise admises."),
        .optional("targetGroups", [TargetGroup].self, "Les publics prioritaires."),
        .optional("jobConditions", JobConditions.self, "Les conditions d'emploi à remplir (emplois créés, contrats, délai)."),
        .required("eligibility", MarkdownField.self, "Qui peut en bénéficier et à quelles conditions, en Markdown."),
        .required("themes", [Reference].self, "Les thèmes de l'aide.", shape: .list(.reference(.theme))),
        .required("territories", [TerritoryCode].self, "Les territoires où l'aide s'applique."),
        .required("backers", [Backer].self, "Les organisations qui portent l'aide, avec leurs rôles."),
        .optional("programmes", [Reference].self, "Les programmes qui financent l'aide.", shape: .list(.reference(.programme))),
        .required("recurrence", Recurrence.self, "Une fois (oneOff), par sessions (recurring) ou permanente (ongoing).", suggested: "ongoing"),
        .optional("openingDate", CalendarDate.self, "Le jour où les demandes ouvrent."),
        .conditional("closingDate", CalendarDate.self, when: "sauf si recurrence vaut ongoing", "Le dernier jour pour déposer une demande."),
        .optional("applicationUrl", ContentURL.self, "Le formulaire de demande en ligne."),
        .optional("moreInfoUrl", ContentURL.self, "Une page d'information du porteur."),
        .required("contacts", [Reference].self, "Les contacts à joindre pour cette aide.", shape: .list(.reference(.contact))),
        .optional("documents", [Document].self, "Les documents à télécharger (règlement, formulaire)."),
        .optional("source", Source.self, "D'où vient l'information."),
        .optional("availability", Availability.self, "Une aide suspendue, à l'enveloppe épuisée ou close avant sa date : cela l'emporte sur les dates."),
    ])
}

extension Availability {
    static let declaration = MappingDeclaration("disponibilité", [
        .required("state", State.self, "suspended (suspendue), fundsExhausted (enveloppe épuisée) ou closed (close)."),
        .optional("since", CalendarDate.self, "Depuis quel jour."),
        .optional("note", String.self, "Pourquoi, et jusqu'à quand, en une ou deux phrases (300 caractères au plus)."),
    ])
}

extension FinancialComponent {
    static let declaration = MappingDeclaration("volet financier", [
        .required("kind", AidType.self, "La forme de ce volet ; elle figure aussi dans aidTypes."),
        .optional("amount", Decimal.self, "Le montant, ou le haut de la fourchette.", shape: .amount),
        .optional("per", Basis.self, "Ce que le montant rémunère (par emploi créé, par projet…)."),
        .optional("cap", Decimal.self, "Le plafond.", shape: .amount),
        .optional("rateMax", Percent.self, "Le taux maximal des dépenses couvertes, ou le haut de la fourchette."),
        .optional("interestRate", Percent.self, "Le taux d'intérêt d'un prêt (0 pour un prêt à taux zéro)."),
        .optional("durationMonths", Int.self, "La durée en mois, ou le haut de la fourchette (600 au plus).", minimum: 1),
        .optional("territory", TerritoryCode.self, "Le territoire où ce volet s'applique, s'il ne vaut pas partout."),
        .optional("note", String.self, "Une précision courte."),
        .optional("minAmount", Decimal.self, "Le bas de la fourchette de montant.", shape: .amount),
        .optional("rateMin", Percent.self, "Le bas de la fourchette de taux."),
        .optional("minDurationMonths", Int.self, "Le bas de la fourchette de durée, en mois.", minimum: 1),
    ])
}

extension JobConditions {
    static let declaration = MappingDeclaration("conditions d’emploi", [
        .optional("minNetJobs", Int.self, "Le nombre d'emplois nets à créer, au moins.", minimum: 1),
        .optional("contractTypes", [ContractType].self, "Les contrats qui comptent (CDI, CDD de six mois ou plus, apprentissage)."),
        .optional("withinMonths", Int.self, "Le délai pour créer ces emplois, en mois.", minimum: 1),
    ])
}

extension Backer {
    static let declaration = MappingDeclaration("porteur", [
        .required("organisation", Reference.self, "L'organisation.", shape: .reference(.organisation)),
        .required("roles", [Role].self, "Ses rôles (financeur, opérateur, instructeur…)."),
    ])
}

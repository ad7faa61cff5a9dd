// The declaration of each group of keys read in Load/Programme+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension Programme {
    static let declaration = MappingDeclaration("programme", [
        .required("name", String.self, "Le nom du programme."),
        .required("summary", String.self, "En une ou deux phrases, ce que fait le programme.", maxLength: 300),
        .optional("acronym", String.self, "Son sigle."),
        .required("kind", Kind.self, "La sorte de programme.", suggested: "plan"),
        .required("period", ProgrammePeriod.self, "Le début et, si elle est connue, la fin."),
        .required("pilots", [Reference].self, "Les organisations qui le pilotent.", shape: .list(.reference(.organisation))),
        .required("territories", [TerritoryCode].self, "Les territoires couverts."),
        .optional("budget", Budget.self, "Le budget : total, ou par an et nombre d'années."),
        .optional("targets", [Target].self, "Les objectifs chiffrés et leurs résultats."),
        .optional("axes", [Axis].self, "Les axes du programme."),
        .optional("workstreams", [Workstream].self, "Les chantiers et qui les mène."),
        .optional("governance", [GovernanceBody].self, "Les instances : rôle, fréquence, membres."),
        .optional("pilotTerritories", [PilotTerritory].self, "Les territoires pilotes et leurs porteurs de projet."),
        .optional("legalBasis", [LegalBasis].self, "Les textes qui le fondent."),
    ])
}

extension ProgrammePeriod {
    static let declaration = MappingDeclaration("période", [
        .required("start", Programme.PeriodBound.self, "Le début : une année (2021) ou une date."),
        .optional("end", Programme.PeriodBound.self, "La fin : une année ou une date."),
    ])
}

extension Budget {
    static let declaration = MappingDeclaration("budget", [
        .optional("total", Decimal.self, "Le montant total.", shape: .amount),
        .optional("perYear", Decimal.self, "Le montant par an (avec years).", shape: .amount),
        .optional("years", Int.self, "Le nombre d'années du montant annuel.", minimum: 1),
        .optional("note", String.self, "Une précision courte."),
    ])
}

extension Target {
    static let declaration = MappingDeclaration("objectif", [
        .required("label", String.self, "Ce qui est compté."),
        .required("value", Decimal.self, "La valeur visée."),
        .required("unit", FigureUnit.self, "L'unité de la valeur."),
        .required("per", Basis.self, "La période de l'objectif."),
        .optional("countingMethod", CountingMethod.self, "Comment les emplois sont comptés."),
        .optional("results", [Result].self, "Les résultats obtenus, par période."),
    ])
}

extension Target.Result {
    static let declaration = MappingDeclaration("résultat", [
        .required("period", String.self, "La période du résultat (2005-2010)."),
        .required("value", Decimal.self, "La valeur atteinte."),
    ])
}

extension Axis {
    static let declaration = MappingDeclaration("axe", [
        .required("title", String.self, "Le titre de l'axe."),
        .optional("description", MarkdownField.self, "Sa description, en Markdown."),
    ])
}

extension Workstream {
    static let declaration = MappingDeclaration("chantier", [
        .required("title", String.self, "Le titre du chantier."),
        .optional("leads", String.self, "Qui le mène."),
    ])
}

extension GovernanceBody {
    static let declaration = MappingDeclaration("instance", [
        .required("body", String.self, "Le nom de l'instance."),
        .optional("role", String.self, "Son rôle."),
        .optional("frequency", String.self, "Quand elle se réunit."),
        .optional("members", String.self, "Qui y siège."),
    ])
}

extension PilotTerritory {
    static let declaration = MappingDeclaration("territoire pilote", [
        .required("territory", String.self, "Le nom du territoire."),
        .required("projectCarriers", [Reference].self, "Les organisations qui portent le projet. Une organisation de organisations.yaml, ou un nom quand elle n’y est pas.",
                  shape: .list(.either([.reference(.organisation), .text]))),
        .optional("status", Status.self, "Où en est le projet."),
        .optional("summary", String.self, "En une phrase, le projet."),
    ])
}

extension LegalBasis {
    static let declaration = MappingDeclaration("base juridique", [
        .required("label", String.self, "Le texte (loi, décret, délibération)."),
        .optional("url", ContentURL.self, "Son adresse sur Légifrance ou ailleurs."),
    ])
}

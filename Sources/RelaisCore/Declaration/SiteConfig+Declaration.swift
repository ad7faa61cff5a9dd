// The declaration of each group of keys read in Load/SiteConfig+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension SiteConfig {
    static let declaration = MappingDeclaration("site", [
        .required("title", String.self, "Le nom du site."),
        .required("baseUrl", String.self, "L'adresse publique du site, en https."),
        .optional("language", String.self, "La langue du site (fr)."),
        .required("publisher", Reference.self, "L'organisation qui publie le site.", shape: .reference(.organisation)),
        .required("description", String.self, "En une ou deux phrases, ce que le site propose.", maxLength: 300),
        .optional("navigation", [NavigationItem].self, "Le menu principal."),
        .optional("taxonomies", Taxonomies.self, "Les thèmes des aides."),
        .optional("accessibility", Accessibility.self, "L'état de conformité RGAA du site."),
        .optional("allowRawHtml", Bool.self, "true pour permettre certaines balises HTML dans le Markdown."),
        .optional("closingSoonDays", Int.self, "Combien de jours avant sa clôture une aide est dite « bientôt close »."),
        .optional("timeStyle", String.self, "Comment écrire les heures."),
    ])
}

extension Taxonomies {
    static let declaration = MappingDeclaration("taxonomies", [
        .optional("themes", [SiteConfig.Theme].self, "Les thèmes : identifiant et libellé."),
    ])
}

extension SiteConfig.NavigationItem {
    static let declaration = MappingDeclaration("lien du menu", [
        .required("label", String.self, "Le texte du lien."),
        .required("path", ContentURL.self, "L'adresse dans le site (/aides/)."),
    ])
}

extension SiteConfig.Theme {
    static let declaration = MappingDeclaration("thème", [
        .required("id", String.self, "L'identifiant du thème."),
        .required("label", String.self, "Son libellé."),
    ])
}

extension SiteConfig.Accessibility {
    static let declaration = MappingDeclaration("accessibilité", [
        .required("status", Status.self, "non conforme, partiellement conforme ou totalement conforme."),
        .optional("auditDate", CalendarDate.self, "Le jour de l'audit."),
    ])
}

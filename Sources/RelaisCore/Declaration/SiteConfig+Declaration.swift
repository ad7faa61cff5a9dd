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
        .optional("logo", Logo.self, "Le logo de l'éditeur, en tête de chaque page : une image SVG ou PNG de media/ et sa description."),
        .optional("favicon", ContentURL.self, "L'icône de l'onglet : une image SVG, PNG ou ICO de media/ (/media/icone.svg)."),
        .optional("colours", Colours.self, "Les couleurs de la marque, en mode clair et en mode sombre ; un contraste insuffisant est signalé."),
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

extension SiteConfig.Logo {
    static let declaration = MappingDeclaration("logo", [
        .required("src", ContentURL.self, "L'image du logo dans media/ (/media/logo.svg)."),
        .required("alt", String.self, "Ce que dit le logo, pour qui ne le voit pas (le nom de l'éditeur).", maxLength: 150),
    ])
}

extension SiteConfig.Colours {
    static let declaration = MappingDeclaration("couleurs", [
        .optional("light", Scheme.self, "Les couleurs en mode clair."),
        .optional("dark", Scheme.self, "Les couleurs en mode sombre."),
    ])
}

extension SiteConfig.Colours.Scheme {
    static let declaration = MappingDeclaration("couleurs d'un mode", [
        .optional("brand", String.self, "La couleur de la marque, en hexadécimal entre guillemets (\"#1d3a6e\") : liens, boutons, titres et bandeau (en mode clair)."),
        .optional("accent", String.self, "La couleur d'accent, en hexadécimal entre guillemets : le contour qui montre où l'on est au clavier."),
    ])
}

// The declaration of each group of keys read in Load/Shared+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension ContentMeta {
    static let declaration = MappingDeclaration("dates du contenu", [
        .required("dateModified", CalendarDate.self, "Le jour de la dernière mise à jour du contenu."),
        .optional("datePublished", CalendarDate.self, "Le jour de la première publication."),
        .optional("draft", Bool.self, "true pour un brouillon, vérifié mais pas publié."),
    ])
}

extension Document {
    static let declaration = MappingDeclaration("document", [
        .required("title", String.self, "Le titre du document."),
        .required("url", ContentURL.self, "Son adresse."),
        .required("format", Format.self, "Son format."),
        .optional("sizeBytes", Int.self, "Sa taille en octets.", minimum: 1),
    ])
}

extension Source {
    static let declaration = MappingDeclaration("source", [
        .required("organisation", Reference.self, "L'organisation d'où vient l'information.", shape: .reference(.organisation)),
        .optional("title", String.self, "Le titre du document source."),
        .optional("url", ContentURL.self, "L'adresse du document source."),
        .optional("date", CalendarDate.self, "La date du document source."),
    ])
}

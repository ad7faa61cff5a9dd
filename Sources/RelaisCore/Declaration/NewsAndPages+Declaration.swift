// The declaration of each group of keys read in Load/NewsAndPages+Reading.swift: what the reader, the schemas, `relais new` and
// the authoring guide know of them.

import Foundation
import RelaisFrench

extension NewsItem {
    static let declaration = MappingDeclaration("actualité", [
        .required("title", String.self, "Le titre de l'actualité.", maxLength: 180),
        .required("summary", String.self, "En une ou deux phrases, l'essentiel.", maxLength: 300),
        .optional("source", Source.self, "D'où vient l'information."),
        .optional("relatedAids", [Reference].self, "Les aides dont elle parle.", shape: .list(.reference(.aid))),
        .optional("relatedEvents", [Reference].self, "Les événements dont elle parle.", shape: .list(.reference(.event))),
        .optional("relatedProgrammes", [Reference].self, "Les programmes dont elle parle.", shape: .list(.reference(.programme))),
        .optional("relatedBasins", [Reference].self, "Les bassins dont elle parle.", shape: .list(.reference(.basin))),
    ])
}

extension Page {
    static let declaration = MappingDeclaration("page", [
        .required("title", String.self, "Le titre de la page.", maxLength: 180),
        .optional("summary", String.self, "Une phrase de présentation."),
    ])
}

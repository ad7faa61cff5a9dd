import Foundation
import RelaisFrench
import Yams

extension ContentMeta {
    init?(reading r: MappingReader) {
        let dateModified: CalendarDate? = r.required("dateModified")
        let datePublished: CalendarDate? = r.optional("datePublished")
        let draft: Bool? = r.optional("draft")
        guard let dateModified else { return nil }
        if let datePublished, datePublished > dateModified {
            r.requireCondition("datePublished", "La date de publication (\(datePublished)) est postérieure à la date de mise à jour (\(dateModified)).",
                               hint: "Mettez « dateModified » à la date de la dernière modification, au plus tôt le jour de la publication.")
        }
        self.init(dateModified: dateModified, datePublished: datePublished, draft: draft ?? false)
    }
}

extension Document: YAMLMapping {
    init?(reading r: MappingReader) {
        let title: String? = r.required("title")
        let url: ContentURL? = r.required("url")
        let format: Format? = r.required("format")
        let sizeBytes = r.optionalCount("sizeBytes")
        guard let title, let url, let format else { return nil }
        self.init(title: title, url: url, format: format, sizeBytes: sizeBytes)
    }
}

extension Source: YAMLMapping {
    init?(reading r: MappingReader) {
        let organisation: Reference? = r.required("organisation")
        let title: String? = r.optional("title")
        let url: ContentURL? = r.optional("url")
        let date: CalendarDate? = r.optional("date")
        guard let organisation else { return nil }
        self.init(organisation: organisation, title: title, url: url, date: date)
    }
}

extension MappingReader {
    /// A required text no longer than `maxLength` characters.
    func requiredText(_ key: String, maxLength: Int) -> String? {
        guard let text: String = required(key) else { return nil }
        if text.count > maxLength {
            requireCondition(key, "« \(path(key)) » fait \(text.count) caractères ; la limite est de \(maxLength).",
                             hint: "Raccourcissez-le : il s'affiche dans les listes et les résultats de recherche.")
        }
        return text
    }

    /// An optional list: absent means empty.
    func list<T: YAMLReadable>(_ key: String, of type: T.Type = T.self) -> [T] {
        optional(key) ?? []
    }
}

import Foundation
import RelaisFrench
import Yams

extension ContentMeta {
    init?(reading r: MappingReader) {
        let dateModified: CalendarDate? = r.read("dateModified")
        let datePublished: CalendarDate? = r.read("datePublished")
        let draft: Bool? = r.read("draft")
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
        let title: String? = r.read("title")
        let url: ContentURL? = r.read("url")
        let format: Format? = r.read("format")
        let sizeBytes = (r.read("sizeBytes") as Int?)
        guard let title, let url, let format else { return nil }
        self.init(title: title, url: url, format: format, sizeBytes: sizeBytes)
    }
}

extension Source: YAMLMapping {
    init?(reading r: MappingReader) {
        let organisation: Reference? = r.read("organisation")
        let title: String? = r.read("title")
        let url: ContentURL? = r.read("url")
        let date: CalendarDate? = r.read("date")
        guard let organisation else { return nil }
        self.init(organisation: organisation, title: title, url: url, date: date)
    }
}

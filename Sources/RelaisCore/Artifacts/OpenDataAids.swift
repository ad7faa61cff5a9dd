import RelaisFrench

/// `/donnees/aides.json`: every published aid with its whole record, the guide it comes from, its licence and
/// the day it was built.
struct OpenDataAids: Sendable, Encodable {
    struct Guide: Sendable, Encodable {
        let title: String
        let url: String
        let publisher: String?
    }

    let guide: Guide
    /// The build date: statuses are computed for that day.
    let buildDate: CalendarDate
    /// The last change to any content of the guide.
    let lastModified: CalendarDate
    let licence: OpenDataLicence
    let aids: [OpenDataAid]

    init(record: RecordReader) {
        guide = Guide(title: record.site.title, url: record.site.baseURL, publisher: record.site.publisher?.name)
        buildDate = record.buildDate
        lastModified = record.site.lastModified
        licence = .etalab
        aids = record.aids.map(OpenDataAid.init)
    }

    static func write(_ record: RecordReader) -> String { OpenDataJSON.encode(OpenDataAids(record: record)) }
}

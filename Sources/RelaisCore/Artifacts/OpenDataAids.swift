import Foundation
import RelaisFrench

/// `/donnees/aides.json`: every published aid with its whole record, the guide it comes from, its licence and
/// the day it was built: `{"aids": [...], "buildDate", "guide", "lastModified", "licence"}`.
enum OpenDataAids {
    struct Guide: Sendable, Encodable {
        let title: String
        let url: String
        let publisher: String?
    }

    /// Everything but the aids, encoded around them.
    private struct Envelope: Encodable {
        let guide: Guide
        /// The build date: statuses are computed for that day.
        let buildDate: CalendarDate
        /// The last change to any content of the guide.
        let lastModified: CalendarDate
        let licence: OpenDataLicence
    }

    /// The file, one aid per line, each aid encoded on its own and handed on: on 10,000 aids the encoder never
    /// holds the whole file as a tree, and the file is never whole in memory.
    static func write(_ record: RecordReader, into sink: inout ByteSink) {
        let encoder = SortedJSONEncoder()
        let envelope = Envelope(guide: Guide(title: record.site.title, url: record.site.baseURL, publisher: record.site.publisher?.name),
                                buildDate: record.buildDate, lastModified: record.lastModified, licence: .etalab)
        // Keys stay sorted: "aids" comes before every key of the envelope.
        guard let rest = try? encoder.encode(envelope), rest.first == UInt8(ascii: "{") else { return sink.append("null\n") }
        sink.append(#"{"aids":["#)
        for (index, aid) in record.aids.enumerated() {
            sink.append(index == 0 ? "\n" : ",\n")
            sink.fragment(OutputInput.item(.aid, aid.id).key) { sink in
                if let encoded = try? encoder.encode(OpenDataAid(aid: aid)) { sink.append(encoded) } else { sink.append("null") }
            }
        }
        sink.append("\n],")
        sink.append(rest.dropFirst())
        sink.append("\n")
    }
}

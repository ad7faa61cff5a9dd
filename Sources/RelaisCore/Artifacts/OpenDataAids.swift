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

    /// The file as bytes, one aid per line, each aid encoded on its own: on 10,000 aids the encoder never holds
    /// the whole file as a tree, and no String copy of it is made.
    static func write(_ record: RecordReader) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let envelope = Envelope(guide: Guide(title: record.site.title, url: record.site.baseURL, publisher: record.site.publisher?.name),
                                buildDate: record.buildDate, lastModified: record.lastModified, licence: .etalab)
        // Keys stay sorted: "aids" comes before every key of the envelope.
        guard let rest = try? encoder.encode(envelope), rest.first == UInt8(ascii: "{") else { return Array("null\n".utf8) }
        var bytes = Array(#"{"aids":["#.utf8)
        for (index, aid) in record.aids.enumerated() {
            bytes += index == 0 ? [UInt8(ascii: "\n")] : Array(",\n".utf8)
            bytes += (try? encoder.encode(OpenDataAid(aid: aid))).map { [UInt8]($0) } ?? Array("null".utf8)
        }
        bytes += Array("\n],".utf8)
        bytes += rest.dropFirst()
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}

import Foundation

/// The Markdown texts the last build rendered, with what rendering them reported, kept in
/// `.relais-cache/markdown`: rendering 10,000 aid bodies is the largest part of a one-aid rebuild, and a text whose
/// key did not change renders to the same bytes. The key holds the text, where it sits (file, line, column, heading
/// level, id prefix, reserved ids, the day it speaks of) and everything rendering looks up (the salt: options, base
/// URL, every content id and media file, the stale aids, Relais itself), so a new aid or a moved base URL renders
/// every text again. Each entry carries its own checksum: a damaged entry is rendered again, never used.
final class MarkdownMemo: Sendable {
    struct Entry: Sendable {
        let text: RichText
        let diagnostics: [Diagnostic]
        let siteLinks: [SiteLink]
    }

    /// This build's entries, reused or new: what the next build will find. Kept by the pipeline until the site is
    /// published, after the last build's memo (`MarkdownMemo`) is let go of; it holds the reused entries as places
    /// in the last file, not in memory.
    typealias Made = EntryFile.Next

    static let format = "relais-markdown-1\n"
    /// The last build's file, read entry by entry as texts are looked up: it is as large as every rendered text
    /// together, and holding it in memory would add that much to the build's peak.
    private let file: EntryFile
    let made: Made

    /// The memo of the last build in `folder`, empty when there is none or when `reads` is false; what this build
    /// uses goes to `made`.
    init(folder: String, reads: Bool, keepingIn made: Made) {
        self.made = made
        file = EntryFile(path: Self.file(in: folder), format: Self.format, reads: reads)
        made.start(from: file)
    }

    static func file(in folder: String) -> String { folder + "/markdown" }

    /// The entry the last build made under `key`, if its checksum holds; it is kept for the next build.
    func reuse(_ key: UInt64) -> Entry? {
        guard let bytes = file.entry(key), let entry = bytes.withUnsafeBytes({ Self.decode($0) }) else { return nil }
        made.keep(key)
        return entry
    }

    /// A text rendered by this build, for the next one.
    func note(_ key: UInt64, _ entry: Entry) { made.add(key) { Self.encode(entry) } }

    // MARK: Entries

    /// checksum, html, plain text, heading ids, diagnostics as JSON, site links.
    private static func encode(_ entry: Entry) -> [UInt8] {
        var body = BinaryRecordWriter()
        body.append(entry.text.html)
        body.append(entry.text.text)
        body.append(entry.text.headingIds)
        let diagnostics = entry.diagnostics.isEmpty ? Data() : (try? JSONEncoder().encode(entry.diagnostics)) ?? Data()
        body.append(String(decoding: diagnostics, as: UTF8.self))
        body.append(entry.siteLinks.count)
        for link in entry.siteLinks {
            body.append(link.target)
            body.append(link.location.file)
            body.append(link.location.line)
            body.append(link.location.column)
        }
        var entry = BinaryRecordWriter()
        entry.append(body.bytes.withUnsafeBytes { StableHash.words(of: $0) })
        return entry.bytes + body.bytes
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer) -> Entry? {
        var reader = BinaryRecordReader(bytes)
        guard let checksum = reader.number(),
              checksum == StableHash.words(of: UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])),
              let html = reader.string(), let text = reader.string(), let headingIds = reader.strings(),
              let diagnosticsJSON = reader.string(), let linkCount = reader.count() else { return nil }
        var diagnostics: [Diagnostic] = []
        if !diagnosticsJSON.isEmpty {
            guard let decoded = try? JSONDecoder().decode([Diagnostic].self, from: Data(diagnosticsJSON.utf8)) else { return nil }
            diagnostics = decoded
        }
        var siteLinks: [SiteLink] = []
        for _ in 0..<linkCount {
            guard let target = reader.string(), let file = reader.string(), let line = reader.int(), let column = reader.int() else { return nil }
            siteLinks.append(SiteLink(target: target, location: SourceLocation(file: file, line: line, column: column)))
        }
        guard reader.isAtEnd else { return nil }
        return Entry(text: RichText(html: html, text: text, headingIds: headingIds), diagnostics: diagnostics, siteLinks: siteLinks)
    }
}


extension MarkdownBodies {
    /// Everything a text's rendering looks up besides the text and its placement.
    var memoSalt: StableHash {
        var hash = StableHash()
        hash.combine(MarkdownMemo.format)
        hash.combine(InputStamp.executableStamp())
        hash.combine("\(options.allowRawHtml) \(options.smartPunctuation) \(options.baseHeadingLevel) \(options.idPrefix)")
        for id in options.reservedIds.sorted() { hash.combine(id) }
        hash.combine("-")
        for title in options.decorativeImageTitles.sorted() { hash.combine(title) }
        hash.combine(urls.baseURL)
        for kind in ids.keys.sorted() {
            hash.combine(kind)
            for id in ids[kind, default: []].sorted() { hash.combine(id) }
        }
        hash.combine("media")
        for file in media.sorted() { hash.combine(file) }
        hash.combine("stale")
        for (id, date) in staleAids.sorted(by: { $0.key < $1.key }) {
            hash.combine(id)
            hash.combine(date.iso)
        }
        return hash
    }

    /// The key of one text: the salt, then where the text sits, then the text.
    static func memoKey(salt: StableHash, text: String, file: String, line: Int, columnOffset: Int, placement: Placement) -> UInt64 {
        var hash = salt
        hash.combine(file)
        hash.combine("\(line) \(columnOffset) \(placement.headingLevel) \(placement.datedOn?.iso ?? "-")")
        hash.combine(placement.idPrefix)
        for id in placement.reservedIds.sorted() { hash.combine(id) }
        hash.combine("text")
        hash.combine(text)
        return hash.value
    }
}

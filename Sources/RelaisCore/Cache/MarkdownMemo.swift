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

    /// This build's entries, reused or new: what the next build will find. Kept by the pipeline until it is saved,
    /// while render runs, after the last build's memo (`MarkdownMemo`) is let go of; it holds the reused entries as
    /// places in the last file, not in memory.
    typealias Made = EntryFile.Next

    static let format = "relais-markdown-2\n"
    /// The last build's file, read entry by entry as texts are looked up: it is as large as every rendered text
    /// together, and holding it in memory would add that much to the build's peak.
    private let file: EntryFile
    let made: Made
    /// Where this build's texts are read back from: the texts reused are read in `file`.
    let texts: RenderedTexts
    /// False for `relais check`, which shows no text and saves no memo: a text it renders is neither spooled nor
    /// encoded as an entry (136 MB written, hashed and copied at 10,000 aids, 4 % of its CPU).
    let keepsTexts: Bool

    /// The memo of the last build in `folder`, empty when there is none or when `reads` is false; what this build
    /// uses goes to `made`, unless `keepsTexts` is false.
    init(folder: String, reads: Bool, keepingIn made: Made, keepsTexts: Bool = true) {
        self.made = made
        self.keepsTexts = keepsTexts
        file = EntryFile(path: Self.file(in: folder), format: Self.format, reads: reads)
        texts = RenderedTexts(memo: file)
        made.start(from: file)
    }

    static func file(in folder: String) -> String { folder + "/markdown" }

    /// Whether a text's key is of any use: to find it in the last build's memo, or to note it for the next. Not for
    /// `relais check --sans-cache`, where hashing every text for nothing was a fourteenth of its record.
    var usesKeys: Bool { keepsTexts || file.hasEntries }

    /// The entry the last build made under `key`, if its checksum holds; it is kept for the next build. Its texts
    /// stay in the file, read when an output shows them.
    func reuse(_ key: UInt64) -> Entry? {
        guard let (bytes, offset) = file.entryAndOffset(key),
              let entry = bytes.withUnsafeBytes({ Self.decode($0, at: .memo, offset: offset, in: texts) }) else { return nil }
        made.keep(key)
        return entry
    }

    /// A text rendered by this build: kept in the build's texts, and noted for the next build under `key` (nil only
    /// when keys are of no use, `usesKeys`).
    func note(_ key: UInt64?, html: String, text: String, headingIds: [String], headingTexts: [String], diagnostics: [Diagnostic], siteLinks: [SiteLink]) -> RichText {
        // What check renders is only looked at for its diagnostics, already taken.
        guard keepsTexts else { return RichText(html: "", text: "", headingIds: headingIds, headingTexts: headingTexts) }
        let (richText, entry) = Self.keep(html: html, text: text, headingIds: headingIds, headingTexts: headingTexts, diagnostics: diagnostics, siteLinks: siteLinks, in: texts)
        if let key { made.add(key, encoding: entry) }
        return richText
    }

    /// A rendered text in `texts`, and how the memo gets its entry's bytes: read back from the spool when it went
    /// there, or kept (a short text, or no spool).
    static func keep(html: String, text: String, headingIds: [String], headingTexts: [String], diagnostics: [Diagnostic], siteLinks: [SiteLink],
                     in texts: RenderedTexts) -> (RichText, @Sendable () -> [UInt8]?) {
        let bytes = encode(html: html, text: text, headingIds: headingIds, headingTexts: headingTexts, diagnostics: diagnostics, siteLinks: siteLinks)
        guard !RichText.keepsInline(htmlCount: html.utf8.count, textCount: text.utf8.count), let offset = texts.spool.append(bytes),
              let stored = bytes.withUnsafeBytes({ storedText($0, at: .spool, offset: offset, in: texts) }) else {
            return (RichText(html: html, text: text, headingIds: headingIds, headingTexts: headingTexts), { bytes })
        }
        let count = bytes.count
        return (RichText(stored, headingIds: headingIds, headingTexts: headingTexts), { texts.spool.bytes(at: offset, count: count) })
    }

    // MARK: Entries

    /// checksum, html, plain text, heading ids, heading texts, diagnostics as JSON, site links.
    private static func encode(html: String, text: String, headingIds: [String], headingTexts: [String], diagnostics: [Diagnostic], siteLinks: [SiteLink]) -> [UInt8] {
        var body = BinaryRecordWriter()
        body.append(html)
        body.append(text)
        body.append(headingIds)
        body.append(headingTexts)
        let diagnostics = diagnostics.isEmpty ? Data() : (try? JSONEncoder().encode(diagnostics)) ?? Data()
        body.append(String(decoding: diagnostics, as: UTF8.self))
        body.append(siteLinks.count)
        for link in siteLinks {
            body.append(link.target)
            body.append(link.location.file)
            body.append(link.location.line)
            body.append(link.location.column)
        }
        var entry = BinaryRecordWriter()
        entry.append(body.bytes.withUnsafeBytes { StableHash.words(of: $0) })
        return entry.bytes + body.bytes
    }

    /// Where the texts of an entry (found at `offset` of `place`) are, with their digest: the bytes from the HTML's
    /// length to the plain text's end, both lengths included, so that moving a byte from one to the other changes it.
    private static func storedText(_ bytes: UnsafeRawBufferPointer, at place: RenderedTexts.Place, offset: Int,
                                   in texts: RenderedTexts) -> RichText.Stored? {
        var reader = BinaryRecordReader(bytes, from: 8)
        guard let htmlCount = reader.count(), reader.skip(htmlCount), let textCount = reader.count(), reader.skip(textCount) else { return nil }
        let digest = StableHash.words(of: UnsafeRawBufferPointer(rebasing: bytes[8..<reader.offset]))
        return RichText.Stored(texts: texts, place: place, htmlOffset: offset + 16, htmlCount: htmlCount, textCount: textCount, digest: digest)
    }

    /// An entry read at `offset` of `place`; its texts are decoded only when short enough to stay in the record.
    private static func decode(_ bytes: UnsafeRawBufferPointer, at place: RenderedTexts.Place, offset: Int, in texts: RenderedTexts) -> Entry? {
        var reader = BinaryRecordReader(bytes)
        guard let checksum = reader.number(),
              checksum == StableHash.words(of: UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])),
              let stored = storedText(bytes, at: place, offset: offset, in: texts) else { return nil }
        let inline = RichText.keepsInline(htmlCount: stored.htmlCount, textCount: stored.textCount)
        guard let html = inline ? reader.string() : (reader.skip(stored.htmlCount + 8) ? "" : nil),
              let text = inline ? reader.string() : (reader.skip(stored.textCount + 8) ? "" : nil),
              let headingIds = reader.strings(), let headingTexts = reader.strings(), let diagnosticsJSON = reader.string(), let linkCount = reader.count() else { return nil }
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
        let richText = inline ? RichText(html: html, text: text, headingIds: headingIds, headingTexts: headingTexts) : RichText(stored, headingIds: headingIds, headingTexts: headingTexts)
        return Entry(text: richText, diagnostics: diagnostics, siteLinks: siteLinks)
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
    static func memoKey(salt: StableHash, text: ContentBody, file: String, line: Int, columnOffset: Int, placement: Placement) -> UInt64 {
        var hash = salt
        hash.combine(file)
        hash.combine("\(line) \(columnOffset) \(placement.headingLevel) \(placement.datedOn?.iso ?? "-")")
        hash.combine(placement.idPrefix)
        for id in placement.reservedIds.sorted() { hash.combine(id) }
        text.identify(in: &hash)
        return hash.value
    }
}

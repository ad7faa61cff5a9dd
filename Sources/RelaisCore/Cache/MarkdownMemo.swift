import Foundation
import Synchronization

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
    /// published, after the last build's file (`MarkdownMemo`) is let go of.
    final class Made: Sendable {
        private let entries = Mutex<[UInt64: Entry]>([:])
        private let reusedCount = Atomic<Int>(0)

        /// How many texts this build took from the last one's file, and how many it has in all.
        var counts: (reused: Int, texts: Int) { (reusedCount.load(ordering: .relaxed), entries.withLock { $0.count }) }

        fileprivate func noteReused() { reusedCount.add(1, ordering: .relaxed) }

        func note(_ key: UInt64, _ entry: Entry) {
            entries.withLock { $0[key] = entry }
        }

        /// Writes the entries through a temporary file and a rename, a few megabytes at a time.
        func save(in folder: String) throws {
            try MarkdownMemo.save(entries.withLock { $0 }, in: folder)
        }
    }

    static let format = "relais-markdown-1\n"
    /// The last build's file, read entry by entry as texts are looked up: it is as large as every rendered text
    /// together, and holding it in memory would add that much to the build's peak.
    private let descriptor: Int32
    /// Key → the offset and length of its entry in the file.
    private let offsets: [UInt64: (offset: Int, length: Int)]
    let made: Made

    /// The memo of the last build in `folder`, empty when there is none or when `reads` is false; what this build
    /// uses goes to `made`.
    init(folder: String, reads: Bool, keepingIn made: Made) {
        self.made = made
        var offsets: [UInt64: (Int, Int)] = [:]
        let descriptor = reads ? BinaryRecordReader.openRegularFile(Self.file(in: folder)) : -1
        var status = stat()
        if descriptor >= 0, fstat(descriptor, &status) == 0,
           BinaryRecordReader.read(descriptor, at: 0, count: Self.format.utf8.count) == Array(Self.format.utf8) {
            // Each entry starts with its key and length: the index is read sixteen bytes at a time, payloads skipped.
            var offset = Self.format.utf8.count
            let size = Int(status.st_size)
            while offset < size {
                guard let header = BinaryRecordReader.read(descriptor, at: offset, count: 16) else { offsets = [:]; break }
                let (key, length) = header.withUnsafeBytes { raw in
                    (UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)), UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
                }
                guard length <= UInt64(size - offset - 16) else { offsets = [:]; break }
                offsets[key] = (offset + 16, Int(length))
                offset += 16 + Int(length)
            }
        }
        self.offsets = offsets
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    private static func file(in folder: String) -> String { folder + "/markdown" }

    /// The entry the last build made under `key`, if its checksum holds; it is kept for the next build.
    func reuse(_ key: UInt64) -> Entry? {
        guard let (offset, length) = offsets[key], let bytes = BinaryRecordReader.read(descriptor, at: offset, count: length),
              let entry = bytes.withUnsafeBytes({ Self.decode($0) }) else { return nil }
        made.note(key, entry)
        made.noteReused()
        return entry
    }

    private static func save(_ entries: [UInt64: Entry], in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = Self.file(in: folder) + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(Self.format.utf8)),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        var chunk = BinaryRecordWriter()
        for key in entries.keys.sorted() {
            guard let entry = entries[key] else { continue }
            let payload = Self.encode(entry)
            chunk.append(key)
            chunk.append(payload.count)
            chunk.append(raw: payload)
            if chunk.bytes.count > 4 << 20 {
                try handle.write(contentsOf: chunk.bytes)
                chunk = BinaryRecordWriter()
            }
        }
        try handle.write(contentsOf: chunk.bytes)
        try handle.close()
        guard rename(temporary, Self.file(in: folder)) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: Self.file(in: folder)])
        }
    }

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

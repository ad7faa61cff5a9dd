import Foundation
import RelaisFrench

/// `.relais-cache/content`: each aid file as the last build loaded it, with what loading it reported, under the
/// hash of its bytes, its place and Relais itself: a one-aid rebuild reads 10,000 files but parses one YAML
/// header, not 10,000 (parsing them was a quarter of its time). An entry carries its checksum and the file's own
/// hash and length: a damaged or stale entry is never used, the file is read again.
final class LoadCache: Sendable {
    static let format = "relais-content-1\n"
    private let file: EntryFile
    /// This build's entries, saved while the build renders (they are right whatever becomes of it).
    let next = EntryFile.Next()
    private let spool = SpoolFile()
    private let salt: StableHash

    init(folder: String, reads: Bool, includeDrafts: Bool) {
        file = EntryFile(path: Self.file(in: folder), format: Self.format, reads: reads)
        next.start(from: file)
        salt = EntryFile.salt(format: Self.format, includeDrafts ? "drafts" : "-")
    }

    static func file(in folder: String) -> String { folder + "/content" }

    func save(in folder: String) throws { try next.save(to: Self.file(in: folder), format: Self.format) }

    /// What a file is, for the cache: its bytes, and everything loading it reads besides them.
    struct Source {
        let key: UInt64
        let bytes: [UInt8]
        let hash: UInt64
        let path: String
        let id: String
        /// The file's own path, where a body kept as its place is read again (ContentBody).
        let location: String
    }

    func source(_ bytes: [UInt8], kind: ContentKind, path: String, id: String, date: CalendarDate?, location: String) -> Source {
        let hash = bytes.withUnsafeBytes { StableHash.words(of: $0) }
        var key = salt
        for part in [kind.rawValue, path, id, date?.iso ?? "-", String(hash), String(bytes.count)] { key.combine(part) }
        return Source(key: key.value, bytes: bytes, hash: hash, path: path, id: id, location: location)
    }

    /// The file as the last build loaded it, if its entry is whole and describes these bytes at this place.
    func reuse<Front: BinaryCodable>(_ source: Source) -> ContentLoader.FileResult<Front>? {
        guard let entry = file.entry(source.key),
              let result: ContentLoader.FileResult<Front> = entry.withUnsafeBytes({ Self.decode($0, source: source) }) else { return nil }
        next.keep(source.key)
        return result
    }

    func note<Front: BinaryCodable>(_ result: ContentLoader.FileResult<Front>, source: Source) {
        // Encoded now: the loaded content is let go of before plan. The bytes (about 2.5 KB an aid, 25 MB at 10,000)
        // wait for the save in a temporary file, not in memory through render.
        next.add(source.key, encoding: spool.keep(Self.encode(result, source: source)))
    }

    // MARK: Entries

    /// checksum, the file's hash, length, path and id, the diagnostics as JSON, then whether a file was read: its
    /// draft flag, meta, front matter, body line, and its body as an offset in the file's bytes (when the text is
    /// those bytes, without carriage returns) or as text.
    private static func encode<Front: BinaryCodable>(_ result: ContentLoader.FileResult<Front>, source: Source) -> [UInt8] {
        var body = BinaryRecordWriter()
        body.append(source.hash)
        body.append(source.bytes.count)
        body.append(source.path)
        body.append(source.id)
        let diagnostics = result.diagnostics.isEmpty ? Data() : (try? JSONEncoder().encode(result.diagnostics)) ?? Data()
        body.append(String(decoding: diagnostics, as: UTF8.self))
        result.isDraft.write(to: &body)
        if let file = result.file {
            true.write(to: &body)
            file.meta.write(to: &body)
            file.front.write(to: &body)
            body.append(file.bodyLine)
            // The loader placed the body in these bytes when it is their tail (ContentBody.placed).
            switch file.body.storage {
            case .file(_, let offset, _, _):
                body.append(offset)
            case .text(let text):
                body.append(-1)
                body.append(text)
            }
        } else {
            false.write(to: &body)
        }
        var entry = BinaryRecordWriter()
        entry.append(body.bytes.withUnsafeBytes { StableHash.words(of: $0) })
        return entry.bytes + body.bytes
    }

    private static func decode<Front: BinaryCodable>(_ bytes: UnsafeRawBufferPointer, source: Source) -> ContentLoader.FileResult<Front>? {
        var reader = BinaryRecordReader(bytes)
        guard let checksum = reader.number(), checksum == StableHash.words(of: UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])),
              reader.number() == source.hash, reader.int() == source.bytes.count, reader.string() == source.path, reader.string() == source.id,
              let diagnosticsJSON = reader.string(), let isDraft = Bool(from: &reader), let hasFile = Bool(from: &reader) else { return nil }
        var diagnostics: [Diagnostic] = []
        if !diagnosticsJSON.isEmpty {
            guard let decoded = try? JSONDecoder().decode([Diagnostic].self, from: Data(diagnosticsJSON.utf8)) else { return nil }
            diagnostics = decoded
        }
        guard hasFile else { return reader.isAtEnd ? ContentLoader.FileResult(file: nil, isDraft: isDraft, diagnostics: diagnostics) : nil }
        guard let meta = ContentMeta(from: &reader), let front = Front(from: &reader), let bodyLine = reader.int(), let offset = reader.int() else { return nil }
        let body: ContentBody
        if offset == -1 {
            guard let text = reader.string() else { return nil }
            body = ContentBody(text)
        } else {
            // Not decoded here: the record reads it again when it renders it, and a reused rendering not at all.
            guard offset >= 0, offset <= source.bytes.count else { return nil }
            body = ContentBody(path: source.location, offset: offset, size: source.bytes.count, checksum: source.hash)
        }
        guard reader.isAtEnd else { return nil }
        let file = ContentFile(id: source.id, path: source.path, front: front, meta: meta, body: body, bodyLine: bodyLine)
        return ContentLoader.FileResult(file: file, isDraft: isDraft, diagnostics: diagnostics)
    }
}

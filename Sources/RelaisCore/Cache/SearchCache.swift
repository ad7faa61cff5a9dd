import Foundation

/// `.relais-cache/search`: each search page as the last build counted it (SearchCountedTerms) with its result entry,
/// under a key made of the item it comes from and that item's fingerprint: a one-aid rebuild reads one page's text
/// for the index, not 10,000, and the index is made from the counted terms exactly as from the texts. The key also
/// holds the format, Relais itself and the site (its base URL is in every entry's link). Each entry carries its own
/// checksum and is read to its end before it is used: a damaged or stale entry is never used, the page is read again.
final class SearchCache: Sendable {
    static let format = "relais-search-1\n"
    private let file: EntryFile
    /// This build's entries, saved once the index is made.
    let next = EntryFile.Next()
    private let salt: StableHash
    /// Input key (`aid:x`) → fingerprint of the item (RecordFingerprints).
    private let fingerprints: [String: String]

    struct Entry: Sendable {
        let terms: SearchCountedTerms
        /// The page's result entry (`SearchResultEntry.object`).
        let result: [UInt8]
    }

    init(folder: String, reads: Bool, fingerprints: RecordFingerprints) {
        file = EntryFile(path: Self.file(in: folder), format: Self.format, reads: reads)
        next.start(from: file)
        salt = EntryFile.salt(format: Self.format, fingerprints.site)
        self.fingerprints = fingerprints.values
    }

    static func file(in folder: String) -> String { folder + "/search" }

    func save(in folder: String) throws { try next.save(to: Self.file(in: folder), format: Self.format) }

    /// The key of a page: its item and what the item is; nil when the item has no fingerprint.
    func key(_ source: SearchSource) -> UInt64? {
        let input = source.input.key
        guard let fingerprint = fingerprints[input] else { return nil }
        var key = salt
        key.combine(input)
        key.combine(fingerprint)
        return key.value
    }

    /// The page the last build counted under `key`, if its entry is whole; it is kept for the next build.
    func reuse(_ key: UInt64) -> Entry? {
        guard let bytes = file.entry(key), let entry = Self.decode(bytes) else { return nil }
        next.keep(key)
        return entry
    }

    /// Entries noted, kept on disk until the cache is saved rather than in memory through plan.
    private let spool = SpoolFile()

    /// Noted from any core.
    func note(_ key: UInt64, _ entry: Entry) {
        next.add(key, encoding: spool.keep(Self.encode(entry)))
    }

    // MARK: Entries

    /// checksum, the result entry, the counted terms.
    static func encode(_ entry: Entry) -> [UInt8] {
        var body = BinaryRecordWriter()
        body.append(entry.result.count)
        body.append(raw: entry.result)
        body.append(raw: entry.terms.bytes)
        var checked = BinaryRecordWriter()
        checked.append(body.bytes.withUnsafeBytes { StableHash.words(of: $0) })
        return checked.bytes + body.bytes
    }

    static func decode(_ bytes: [UInt8]) -> Entry? {
        bytes.withUnsafeBytes { raw -> Entry? in
            var reader = BinaryRecordReader(raw)
            guard let checksum = reader.number(), checksum == StableHash.words(of: UnsafeRawBufferPointer(rebasing: raw[reader.offset...])),
                  let length = reader.count() else { return nil }
            let start = reader.offset
            guard reader.skip(length), let terms = SearchCountedTerms(validating: Array(raw[reader.offset...])) else { return nil }
            let result = Array(raw[start..<(start + length)])
            // Spliced as it is into a file of results: one JSON object, as `SearchResultEntry.object` writes it.
            guard result.starts(with: #"{"e":"#.utf8), result.last == UInt8(ascii: "}") else { return nil }
            return Entry(terms: terms, result: result)
        }
    }
}

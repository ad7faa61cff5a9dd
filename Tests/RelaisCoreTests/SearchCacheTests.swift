import Foundation
@testable import RelaisCore
import Testing

/// The search index between builds (`.relais-cache/search`): the pages of unchanged items are taken as the last
/// build counted them, the index is byte for byte the one a clean build makes, only the files whose bytes changed
/// are written again, and a damaged cache is read again from the texts.
@Suite("Search index between builds")
struct SearchCacheTests {
    typealias Project = IncrementalBuildTests.Project
    static let word = "zygomorphiquement"

    /// The files of the search index, by path in the site.
    static func index(_ site: String) throws -> [String: (bytes: Data, stamp: String)] {
        try IncrementalBuildTests.files(site).filter { $0.key.hasPrefix("recherche/index/") }
    }

    /// Whether a shard of the index holds `term`.
    static func holds(_ files: [String: (bytes: Data, stamp: String)], _ term: String) -> Bool {
        files.contains { $0.key.hasPrefix("recherche/index/t/") && String(decoding: $0.value.bytes, as: UTF8.self).contains("\"\(term)\":") }
    }

    /// The site's index is the one a build without the cache makes of the same content.
    static func expectClean(_ project: Project, _ comment: String) async throws {
        let clean = project.root.appendingPathComponent("Clean-\(UUID().uuidString)").path
        #expect(await project.build(output: clean, cache: false).published)
        let made = try index(project.site), expected = try index(clean)
        #expect(made.keys.sorted() == expected.keys.sorted(), "\(comment)")
        for (file, bytes) in expected { #expect(made[file]?.bytes == bytes.bytes, "\(comment): \(file) differs from a clean build") }
    }

    /// A word new to the site goes into a shard and out of it again, and each time only a few index files are
    /// written: the shards whose terms changed, the results file of the page, the manifest.
    @Test func aWordAddedThenRemovedMovesThroughItsShard() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        // A second build puts the first site aside as the spare, which the incremental builds start from.
        #expect(await project.build(cache: false).published)
        let before = try Self.index(project.site)
        #expect(!Self.holds(before, Self.word))

        let aid = "Content/aides/alixio-emplois-cdi.md"
        try project.edit(aid) { $0.replacingOccurrences(of: "recrutent durablement", with: "recrutent \(Self.word) durablement") }
        #expect(await project.build().published)
        let added = try Self.index(project.site)
        #expect(Self.holds(added, Self.word))
        try await Self.expectClean(project, "word added")
        let rewritten = added.filter { before[$0.key]?.stamp != $0.value.stamp }.count
        #expect(rewritten > 0 && rewritten < added.count / 4, "\(rewritten) of \(added.count) index files written")
        for (file, new) in added where before[file]?.bytes == new.bytes {
            #expect(before[file]?.stamp == new.stamp, "\(file) did not change but was rewritten")
        }

        try project.edit(aid) { $0.replacingOccurrences(of: "recrutent \(Self.word) durablement", with: "recrutent durablement") }
        #expect(await project.build().published)
        let removed = try Self.index(project.site)
        #expect(!Self.holds(removed, Self.word))
        try await Self.expectClean(project, "word removed")
    }

    /// A cache cut short, with a byte changed, of another format, or replaced by a folder, is never used as it is:
    /// the index is still the clean build's.
    @Test(arguments: ["tronqué", "octet changé", "autre format", "dossier"])
    func aDamagedCacheIsReadAgain(_ damage: String) async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let file = SearchCache.file(in: project.root.appendingPathComponent(".relais-cache").path)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(bytes.count > 10_000)
        switch damage {
        case "tronqué": bytes = Array(bytes.prefix(bytes.count / 2 + 5))
        case "octet changé":
            for offset in stride(from: 200, to: bytes.count, by: 997) { bytes[offset] ^= 0x20 }
        case "autre format": bytes = Array("relais-search-0\n".utf8) + bytes.dropFirst(SearchCache.format.utf8.count)
        default: bytes = []
        }
        try FileManager.default.removeItem(atPath: file)
        if damage == "dossier" {
            try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        } else {
            try Data(bytes).write(to: URL(fileURLWithPath: file))
        }
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "recrutent \(Self.word) durablement") }
        #expect(await project.build().published)
        #expect(Self.holds(try Self.index(project.site), Self.word))
        try await Self.expectClean(project, damage)
    }

    /// The index made from the counted terms of every page is the one made from their texts; a page whose item
    /// changed is read again.
    @Test func countedPagesMakeTheIndexOfTheTexts() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-search-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try await Repository.exampleRecord()
        let fingerprints = await RecordFingerprints.make(record)
        let fresh = SearchPlanner.makeIndex(record, aidOrder: [], cache: nil)
        let first = SearchCache(folder: folder, reads: true, fingerprints: fingerprints)
        _ = SearchPlanner.makeIndex(record, aidOrder: [], cache: first)
        #expect(first.next.counts.reused == 0)
        try first.save(in: folder)

        let second = SearchCache(folder: folder, reads: true, fingerprints: fingerprints)
        let reused = SearchPlanner.makeIndex(record, aidOrder: [], cache: second)
        let pages = SearchDocument.sources(RecordReader(record), aidOrder: []).count
        #expect(second.next.counts.reused == pages)
        #expect(reused.manifest == fresh.manifest)
        #expect(reused.shards.map(\.key) == fresh.shards.map(\.key) && reused.shards.map(\.json) == fresh.shards.map(\.json))
        #expect(reused.documentFiles == fresh.documentFiles)

        // One aid is another: its page is read again, the others taken.
        let aid = try #require(record.aids.first?.id)
        var changed = fingerprints.values
        changed[OutputInput.item(.aid, aid).key] = "autre"
        let third = SearchCache(folder: folder, reads: true, fingerprints: RecordFingerprints(values: changed, site: fingerprints.site))
        _ = SearchPlanner.makeIndex(record, aidOrder: [], cache: third)
        #expect(third.next.counts.reused == pages - 1)
    }

    /// Every cut of an entry, and every byte changed in it, is refused.
    @Test func damagedEntriesAreRefused() throws {
        var terms: [(term: SearchTerm, count: Int)] = []
        for word in ["emploi", "entreprise-innovante", String(repeating: "a", count: 25)] {
            terms.append((try #require(SearchTerm(Array(word.utf8.filter { $0 != UInt8(ascii: "-") }))), 3))
        }
        let entry = SearchCache.Entry(terms: SearchCountedTerms(length: 40, terms: terms), result: Array(#"{"e":"","k":0,"s":"","t":"","u":"/"}"#.utf8))
        let bytes = SearchCache.encode(entry)
        let decoded = try #require(SearchCache.decode(bytes))
        #expect(decoded.terms.bytes == entry.terms.bytes && decoded.result == entry.result)
        for length in 0..<bytes.count { #expect(SearchCache.decode(Array(bytes.prefix(length))) == nil, "cut at \(length)") }
        for offset in bytes.indices {
            var damaged = bytes
            damaged[offset] ^= 0x01
            #expect(SearchCache.decode(damaged) == nil, "byte \(offset) changed")
        }
        // The counted terms alone, cut anywhere, are refused too.
        for length in 0..<entry.terms.bytes.count { #expect(SearchCountedTerms(validating: Array(entry.terms.bytes.prefix(length))) == nil) }
    }
}

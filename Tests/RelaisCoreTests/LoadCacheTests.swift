import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// `.relais-cache/content`: an aid file whose bytes did not change is taken from the cache as the last build
/// loaded it, diagnostics included; a changed file, or a damaged or stale entry, is parsed again.
@Suite("Load cache")
struct LoadCacheTests {
    typealias Project = IncrementalBuildTests.Project

    struct Loaded {
        var aids: String
        var diagnostics: [Diagnostic]
        var reused: Int
    }

    /// Loads the project's content through a cache in its `.relais-cache/`, then saves the cache, as a build does.
    static func load(_ project: Project, cache: Bool = true) async throws -> Loaded {
        let (content, diagnostics, loadCache) = try await loadContent(project, cache: cache)
        // `dump` shows every stored field: one the cache forgot to keep reads differently.
        var aids = ""
        dump(try #require(content).aids, to: &aids)
        // Bodies are kept as their place in the file (ContentBody): their texts as they read back.
        for aid in try #require(content).aids { aids += "\n\(aid.id): " + (aid.body.text() ?? "illisible") }
        return Loaded(aids: aids, diagnostics: diagnostics.sortedForReport(), reused: loadCache?.next.counts.reused ?? 0)
    }

    /// The content as loaded, with the cache it was loaded through (saved).
    static func loadContent(_ project: Project, cache: Bool) async throws -> (ContentSet?, [Diagnostic], LoadCache?) {
        var loader = ContentLoader(root: project.content, displayRoot: "Content")
        let folder = project.root.appendingPathComponent(".relais-cache").path
        let loadCache = cache ? LoadCache(folder: folder, reads: true, includeDrafts: false) : nil
        loader.cache = loadCache
        let (content, diagnostics) = await loader.load()
        try loadCache?.save(in: folder)
        return (content, diagnostics, loadCache)
    }

    static func aidCount(_ project: Project) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: project.content + "/aides").filter { $0.hasSuffix(".md") }.count
    }

    @Test func aidsReadBackAsTheyWereParsed() async throws {
        let project = try Project()
        defer { project.remove() }
        let parsed = try await Self.load(project, cache: false)
        let first = try await Self.load(project)
        #expect(first.reused == 0)
        let second = try await Self.load(project)
        #expect(second.reused == (try Self.aidCount(project)))
        #expect(second.aids == parsed.aids)
        #expect(second.diagnostics == parsed.diagnostics)
    }

    @Test func aChangedFileIsParsedAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try await Self.load(project)
        try project.edit("Content/aides/aide-en-plus.md") { $0.replacingOccurrences(of: "Une aide de plus pour les essais", with: "Une aide changée") }
        let second = try await Self.load(project)
        #expect(second.reused == (try Self.aidCount(project)) - 1)
        #expect(second.aids.contains("Une aide changée") && !second.aids.contains("Une aide de plus pour les essais"))
        #expect(second.aids == (try await Self.load(project, cache: false)).aids)
    }

    /// A warning (a typography slip) and an error found while loading a file come back with the file.
    @Test func diagnosticsOfACachedFileAreReportedAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        try project.edit("Content/aides/aide-en-plus.md") {
            $0.replacingOccurrences(of: "Une aide de plus pour les essais", with: "Une aide de plus pour les essais!")
        }
        try project.write("---\ntitle: Sans le reste\n---\nTexte.\n", to: "Content/aides/aide-incomplete.md")
        let first = try await Self.load(project)
        #expect(first.diagnostics.contains { $0.location.file.hasSuffix("aide-en-plus.md") && $0.severity == .warning }, "\(first.diagnostics.map(\.formatted))")
        #expect(first.diagnostics.contains { $0.location.file.hasSuffix("aide-incomplete.md") && $0.severity == .error })
        let second = try await Self.load(project)
        #expect(second.reused == (try Self.aidCount(project)))
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.aids == first.aids)
    }

    /// A damaged, cut or foreign cache file is not trusted for the entries it spoils: they are parsed again.
    @Test(arguments: ["octets changés", "tronqué", "autre format", "autre Relais"])
    func aDamagedOrStaleEntryIsParsedAgain(_ damage: String) async throws {
        let project = try Project()
        defer { project.remove() }
        let parsed = try await Self.load(project, cache: false)
        _ = try await Self.load(project)
        let file = project.root.appendingPathComponent(".relais-cache/content")
        if damage == "autre Relais" {
            // Entries made by another Relais are under other keys (here another salt): none is found.
            try FileManager.default.removeItem(at: file)
            var loader = ContentLoader(root: project.content, displayRoot: "Content")
            let stale = LoadCache(folder: file.deletingLastPathComponent().path, reads: false, includeDrafts: true)
            loader.cache = stale
            _ = await loader.load()
            try stale.save(in: file.deletingLastPathComponent().path)
        } else {
            try MarkdownMemoTests.damage(file, damage, format: LoadCache.format)
        }
        let reloaded = try await Self.load(project)
        #expect(reloaded.reused < (try Self.aidCount(project)), "\(damage)")
        #expect(reloaded.aids == parsed.aids, "\(damage)")
        #expect(reloaded.diagnostics == parsed.diagnostics, "\(damage)")
        // And the cache written after it is whole again.
        #expect(try await Self.load(project).reused == (try Self.aidCount(project)), "\(damage)")
    }

    /// Amounts keep their exact decimal value, trailing zeros included.
    @Test func decimalsReadBackExactly() throws {
        for text in ["1.50", "15000", "-12.5", "0.001", "123456789012345678", "0"] {
            let value = try #require(Decimal(plainText: text))
            var writer = BinaryRecordWriter()
            value.write(to: &writer)
            let read = writer.bytes.withUnsafeBytes { raw -> Decimal? in
                var reader = BinaryRecordReader(raw)
                return Decimal(from: &reader)
            }
            let back = try #require(read)
            #expect(back == value && back.description == value.description && back.exponent == value.exponent, "\(text)")
        }
    }
}

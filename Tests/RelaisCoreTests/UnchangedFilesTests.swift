import Foundation
import RelaisCore
import Testing

@Suite("Unchanged files")
struct UnchangedFilesTests {
    /// Identity and mtime of every file of the published site.
    func stamps(_ folder: String) throws -> [String: [Int]] {
        var stamps: [String: [Int]] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(folder)/\(file)")
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            stamps[file] = [attributes[.systemFileNumber] as? Int ?? 0, Int(modified * 1_000_000)]
        }
        return stamps
    }

    /// A rebuild keeps every file whose bytes did not change (same inode, same mtime), so rsync and object-storage
    /// deployments send only what changed, and still swaps the site atomically.
    @Test func rebuildKeepsUnchangedFilesAndRewritesChangedOnes() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(await site.build().published)
        let before = try stamps(site.output)
        #expect(before.count > 8)

        try await Task.sleep(for: .milliseconds(20))
        let unchanged = await site.build()
        #expect(unchanged.published)
        let after = try stamps(site.output)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (file, stamp) in before where file != ".relais-site" {
            #expect(after[file] == stamp, "\(file)")
        }

        try site.write(TestSite.aid.replacingOccurrences(of: "Un prêt à taux zéro", with: "Un prêt sans intérêt"), to: "aides/pret-emploi.md")
        #expect(await site.build().published)
        let edited = try stamps(site.output)
        #expect(edited["aides/pret-emploi/index.html"] != before["aides/pret-emploi/index.html"])
        #expect(try site.page("aides/pret-emploi/index.html").contains("Un prêt sans intérêt"))
        #expect(edited["pages/a-propos/index.html"] ?? edited["a-propos/index.html"] == before["pages/a-propos/index.html"] ?? before["a-propos/index.html"])
        #expect(edited["assets/relais.css"] == before["assets/relais.css"])
    }

    /// Without the cache every output is made again, and data files are written as they are made: each is compared
    /// with its published file piece by piece and kept (same inode, same mtime) when no byte changed; an edit to an
    /// aid changes the aid data files and nothing that does not read the aid.
    @Test func streamedDataFilesAreKeptWhenTheirBytesDoNotChange() async throws {
        let site = try TestSite()
        defer { site.remove() }
        func build() async -> BuildReport {
            var options = site.options()
            options.usesCache = false
            return await BuildPipeline(options: options).run()
        }
        #expect(await build().published)
        let before = try stamps(site.output)
        let dataFiles = ["donnees/aides.json", "donnees/aides.csv"]
        for file in dataFiles { #expect(before[file] != nil, "\(file)") }
        try await Task.sleep(for: .milliseconds(20))
        #expect(await build().published)
        let again = try stamps(site.output)
        for (file, stamp) in before where file != ".relais-site" { #expect(again[file] == stamp, "\(file)") }

        try site.write(TestSite.aid.replacingOccurrences(of: "Un prêt à taux zéro", with: "Un prêt sans intérêt"), to: "aides/pret-emploi.md")
        #expect(await build().published)
        let edited = try stamps(site.output)
        for file in dataFiles { #expect(edited[file] != before[file], "\(file)") }
        #expect(try site.page("donnees/aides.json").contains("Un prêt sans intérêt"))
        #expect(edited["robots.txt"] == before["robots.txt"])
    }
}

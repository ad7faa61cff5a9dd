import Foundation
@testable import RelaisCore
import Testing

/// `aides.json` and `aides.csv` after a change that the reused pieces might miss: always the bytes a build
/// without the cache writes.
@Suite("Reused pieces of the data files against a clean build")
struct HostileDataReuseTests {
    /// Builds the site with its cache, then the same content without it into another folder: the two data files match.
    func expectSameAsCleanBuild(_ site: TestSite, _ comment: Comment) async throws {
        #expect(await site.build().published, comment)
        // From a copy of the content: a build writes its cache beside the content, which would stand for the site's.
        let copy = site.root.appendingPathComponent("Clean")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: site.content, toPath: copy.appendingPathComponent("Content").path)
        let clean = copy.appendingPathComponent("Site").path
        var options = site.options(output: clean)
        options.contentPath = copy.appendingPathComponent("Content").path
        options.usesCache = false
        #expect(await BuildPipeline(options: options).run().published, comment)
        for file in ["donnees/aides.csv", "donnees/aides.json"] {
            let reused = try Data(contentsOf: URL(fileURLWithPath: "\(site.output)/\(file)"))
            let made = try Data(contentsOf: URL(fileURLWithPath: "\(clean)/\(file)"))
            #expect(reused == made, "\(file) \(comment)")
        }
    }

    /// An aid placed on a basin is written in `aides.csv` with the basin's national codes, which its own record does
    /// not hold: a basin whose codes change must make the aid's row again.
    @Test func aBasinsNewCodesReachTheRowsOfItsAids() async throws {
        let site = try TestSite([
            "bassins/essai.md": TestSite.basin("codes: { cog: [DEP-94] }"),
            "aides/pret-emploi.md": TestSite.aid.replacingLine(containing: "territories:", with: "territories: [essai]"),
        ])
        defer { site.remove() }
        try await expectSameAsCleanBuild(site, "first build")
        try site.write(TestSite.basin("codes: { cog: [DEP-91, DEP-77] }"), to: "bassins/essai.md")
        try await expectSameAsCleanBuild(site, "basin codes changed")
        #expect(try site.page("donnees/aides.csv").contains("DEP-91|DEP-77"))
    }
}

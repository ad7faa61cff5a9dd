import Foundation
import RelaisCore
import Testing

@Suite("Build and publish")
struct PublishTests {
    @Test func failedBuildLeavesThePublishedSiteUntouched() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let first = await site.build()
        #expect(first.succeeded && first.published)
        let before = try snapshot(site.output)
        #expect(before["aides/pret-emploi/index.html"] != nil)

        try site.write(TestSite.aid.replacingOccurrences(of: "promise:", with: "promis:"), to: "aides/pret-emploi.md")
        try site.write("---\ntitle: Nouvelle page\ndateModified: 2023-01-01\n---\n", to: "pages/nouvelle.md")
        let second = await site.build()
        #expect(!second.succeeded)
        #expect(!second.published)
        #expect(second.diagnostics.contains { $0.location.file.hasSuffix("aides/pret-emploi.md") && $0.location.line == 3 })
        #expect(try snapshot(site.output) == before)
        // No staging folder is left behind.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(siblings.sorted() == ["Content", "Site"])
    }

    @Test func successfulBuildReplacesTheWholeSite() async throws {
        let site = try TestSite()
        defer { site.remove() }
        _ = await site.build()
        try FileManager.default.createDirectory(atPath: site.output + "/vieux", withIntermediateDirectories: true)
        try Data("ancien".utf8).write(to: URL(fileURLWithPath: site.output + "/vieux/index.html"))
        let report = await site.build()
        #expect(report.published)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/vieux/index.html"))
        #expect(FileManager.default.fileExists(atPath: site.output + "/aides/pret-emploi/index.html"))
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() async throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("relais-a-\(UUID().uuidString)").path
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("relais-b-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        for output in [first, second] {
            let options = BuildOptions(contentPath: Repository.content, templatesPath: Repository.templates, outputPath: output,
                                       buildDate: .init(iso: "2023-06-15")!)
            let report = await BuildPipeline(options: options).run()
            #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        }
        let a = try snapshot(first), b = try snapshot(second)
        #expect(a.count > 20)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    }

    @Test func checkWritesNothing() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    /// Every file under `folder`, by relative path.
    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: "\(folder)/\(path)")
            }
        }
        return files
    }
}

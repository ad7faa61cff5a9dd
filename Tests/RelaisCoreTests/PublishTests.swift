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
        #expect(siblings.sorted() == [".relais-cache", "Content", "Site"])
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

@Suite("Output folder safety")
struct OutputSafetyTests {
    private func build(_ site: TestSite, output: String) async -> BuildReport {
        await BuildPipeline(options: site.options(output: output)).run()
    }

    @Test func outputHoldingTheContentIsRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        for output in [site.root.path, site.content, site.root.path + "/."] {
            let report = await build(site, output: output)
            #expect(!report.succeeded)
            #expect(report.diagnostics.first?.message.contains("il serait remplacé par le site") == true, "\(output)")
            #expect(FileManager.default.fileExists(atPath: site.content + "/site.yaml"))
        }
    }

    @Test func folderWithOtherFilesIsNotReplaced() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let other = site.root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("à garder".utf8).write(to: other.appendingPathComponent("notes.txt"))
        let report = await build(site, output: other.path)
        #expect(report.diagnostics.first?.message.contains("ne viennent pas de Relais") == true)
        #expect(try String(contentsOf: other.appendingPathComponent("notes.txt"), encoding: .utf8) == "à garder")
        // An empty folder, and a site Relais wrote before, are fine.
        let empty = site.root.appendingPathComponent("Vide")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(await build(site, output: empty.path).succeeded)
        #expect(await build(site, output: empty.path).succeeded)
    }

    @Test func symbolicLinkToAWebRootPublishesIntoIt() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let webRoot = site.root.appendingPathComponent("www")
        let link = site.root.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: webRoot)
        #expect(await build(site, output: link.path).succeeded)
        #expect(await build(site, output: link.path).succeeded)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == webRoot.path)
        #expect(FileManager.default.fileExists(atPath: webRoot.path + "/aides/pret-emploi/index.html"))
    }

    @Test func oldStagingFoldersAreCleanedUp() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let stale = site.root.appendingPathComponent(".Site.staging-deadbeef")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: stale.path)
        #expect(await site.build().succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [".relais-cache", "Content", "Site"])
    }
}

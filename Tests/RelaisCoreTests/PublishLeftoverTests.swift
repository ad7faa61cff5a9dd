import Foundation
@testable import RelaisCore
import Testing

/// What a killed build leaves is removed by the next one at once, only when no other build runs and only if
/// Relais made it; a marker proves a folder is Relais's only as a regular file with Relais's words.
@Suite("Staging leftovers and the site marker")
struct PublishLeftoverTests {
    private func leftover(in site: TestSite, named name: String = ".Site.staging-killed1") throws -> URL {
        let folder = site.root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("aides"), withIntermediateDirectories: true)
        try Data(Publisher.markerNote.utf8).write(to: folder.appendingPathComponent(Publisher.marker))
        try Data("<p>page</p>".utf8).write(to: folder.appendingPathComponent("aides/index.html"))
        return folder
    }

    @Test func freshLeftoverIsRemovedAtOnceWhenNoOtherBuildRuns() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let stale = try leftover(in: site)
        #expect(await site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [".relais-cache", "Content", "Site"])
    }

    /// A build running beside holds the lock: its staging folder is not a leftover, whatever it looks like.
    @Test func stagingFolderOfARunningBuildIsKept() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let running = try leftover(in: site)
        let other = open(site.root.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(other, LOCK_SH) == 0)
        #expect(await site.build().succeeded)
        close(other)
        #expect(FileManager.default.fileExists(atPath: running.path + "/aides/index.html"))
    }

    @Test func userFolderNamedLikeAStagingFolderIsKept() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let mine = site.root.appendingPathComponent(".Site.staging-mes-notes")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("à garder".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        // Even with a marker that is not Relais's own file.
        try FileManager.default.createDirectory(at: mine.appendingPathComponent(Publisher.marker), withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)], ofItemAtPath: mine.path)
        #expect(await site.build().succeeded)
        #expect(try String(contentsOf: mine.appendingPathComponent("notes.txt"), encoding: .utf8) == "à garder")
    }

    @Test(arguments: ["folder", "other text", "link"])
    func markerThatIsNotRelaisOwnFileDoesNotMakeAFolderReplaceable(_ kind: String) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let documents = site.root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("à garder".utf8).write(to: documents.appendingPathComponent("notes.txt"))
        let marker = documents.appendingPathComponent(Publisher.marker)
        switch kind {
        case "folder": try FileManager.default.createDirectory(at: marker, withIntermediateDirectories: true)
        case "link":
            let real = site.root.appendingPathComponent("vrai-marqueur")
            try Data(Publisher.markerNote.utf8).write(to: real)
            try FileManager.default.createSymbolicLink(at: marker, withDestinationURL: real)
        default: try Data("Site généré par moi\n".utf8).write(to: marker)
        }
        let report = await BuildPipeline(options: site.options(output: documents.path)).run()
        #expect(!report.succeeded)
        #expect(report.diagnostics.first?.message.contains("ne viennent pas de Relais") == true)
        #expect(try String(contentsOf: documents.appendingPathComponent("notes.txt"), encoding: .utf8) == "à garder")
    }

    /// The new site is in place, but the previous one could not be removed: an error, not a silent leftover.
    @Test func failedCleanUpAfterTheSwapIsAnError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("relais-cleanup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var publisher = Publisher(output: root.appendingPathComponent("Site").path)
        publisher.removePrevious = { _ in throw CocoaError(.fileWriteNoPermission) }
        try publisher.publish(try publisher.makeStaging())
        // A folder of the user's where the spare goes: the previous site cannot be kept, so it must be removed.
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".Site.spare/notes"), withIntermediateDirectories: true)
        do {
            try publisher.publish(try publisher.makeStaging())
            Issue.record("The clean-up failure was ignored.")
        } catch let error as Publisher.CleanUpError {
            #expect(error.leftover.contains(".Site.staging-"))
            #expect(SystemErrorText.french(error.underlying) == "l'accès est refusé")
        }
        #expect(Publisher.isMarker(atPath: root.appendingPathComponent("Site/.relais-site").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".Site.spare/notes").path))
    }

    @Test func outputInsideTheContentOrTheTemplatesIsRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        for output in [site.content + "/media/site", site.content + "/pages/../site"] {
            let report = await BuildPipeline(options: site.options(output: output)).run()
            #expect(!report.succeeded)
            #expect(report.diagnostics.first?.message.contains("chaque génération y publierait la précédente") == true, "\(output)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }
}

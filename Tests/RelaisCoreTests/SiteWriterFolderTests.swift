import Foundation
@testable import RelaisCore
import Testing

/// The writer makes before render only the folders that hold other folders; each page's own folder comes with its
/// file, whichever way the file arrives (written, streamed, linked from the published site).
@Suite("The site writer's folders")
struct SiteWriterFolderTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("relais-writer-\(UUID().uuidString)").path

    func folders(under root: String) -> Set<String> {
        var found: Set<String> = []
        for case let path as String in FileManager.default.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(root)/\(path)", isDirectory: &isFolder), isFolder.boolValue { found.insert(path) }
        }
        return found
    }

    @Test func onlyFoldersHoldingFoldersAreMadeAheadAndEachPageMakesItsOwn() throws {
        let staging = base + "/staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let writer = SiteWriter(root: staging, previous: nil)
        let paths = ["/", "/aides/", "/aides/pret/", "/aides/pret/aide.ics", "/aides/type/pret/page/2/", "/donnees/aides.json", "/sitemap.xml"]
        try writer.prepareFolders(for: paths)
        #expect(folders(under: staging) == ["aides", "aides/type", "aides/type/pret", "aides/type/pret/page"])

        for path in paths where path != "/donnees/aides.json" {
            #expect(try writer.write(Array("<p>\(path)</p>".utf8), toSitePath: path) == .written)
        }
        #expect(try writer.write(streaming: { $0.append(Array("[]".utf8)) }, toSitePath: "/donnees/aides.json") == .written)
        #expect(folders(under: staging) == ["aides", "aides/pret", "aides/type", "aides/type/pret", "aides/type/pret/page",
                                            "aides/type/pret/page/2", "donnees"])
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: "\(staging)/\(SiteURLs.outputFile(for: path))"), "\(path)")
        }
        #expect(try String(contentsOfFile: staging + "/aides/pret/aide.ics", encoding: .utf8) == "<p>/aides/pret/aide.ics</p>")
    }

    @Test func aFileKeptFromThePublishedSiteMakesItsFolderToo() throws {
        let published = base + "/site", staging = base + "/staging"
        try FileManager.default.createDirectory(atPath: published + "/aides/pret", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let page = Array("<p>prêt</p>".utf8)
        try Data(page).write(to: URL(fileURLWithPath: published + "/aides/pret/index.html"))
        try Data(page).write(to: URL(fileURLWithPath: published + "/aides/index.html"))
        let writer = SiteWriter(root: staging, previous: published)
        try writer.prepareFolders(for: ["/aides/", "/aides/pret/"])
        #expect(try writer.write(page, toSitePath: "/aides/pret/") == .kept)
        #expect(try writer.keep(sitePath: "/aides/") == BuildCache.stamp(of: "\(staging)/aides/index.html"))
        let linked = try FileManager.default.attributesOfItem(atPath: staging + "/aides/pret/index.html")[.systemFileNumber] as? Int
        let original = try FileManager.default.attributesOfItem(atPath: published + "/aides/pret/index.html")[.systemFileNumber] as? Int
        #expect(linked == original)
    }

    @Test func aFolderThatCannotBeMadeNamesTheFileAndWhy() throws {
        let staging = base + "/staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let writer = SiteWriter(root: staging, previous: nil)
        try writer.prepareFolders(for: ["/aides/pret/"])
        // A file where the page's folder belongs: its folder cannot be made, and the page is not written through it.
        try Data("x".utf8).write(to: URL(fileURLWithPath: staging + "/aides/pret"))
        let step = WriteStep(writer: writer)
        let (outcome, _, diagnostic) = step.write(RenderedOutput(path: "/aides/pret/", body: .bytes(Array("<p></p>".utf8)), log: ReadLog()))
        #expect(outcome == nil)
        #expect(diagnostic?.location.file == "/aides/pret/")
        #expect(diagnostic?.message.contains("n'a pas pu être écrit") == true)
    }

    @Test func whenBothTheOpenAndTheFolderFailTheDiagnosticSaysWhy() throws {
        let staging = base + "/staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        // No prepareFolders: "/aides/" is missing, so the open fails, then the mkdir of "/aides/pret/" fails too.
        let step = WriteStep(writer: SiteWriter(root: staging, previous: nil))
        let (outcome, _, diagnostic) = step.write(RenderedOutput(path: "/aides/pret/", body: .bytes(Array("<p></p>".utf8)), log: ReadLog()))
        #expect(outcome == nil)
        #expect(diagnostic?.location.file == "/aides/pret/")
        #expect(diagnostic?.message.contains("n'existe pas") == true, "\(String(describing: diagnostic?.message))")
        #expect(!FileManager.default.fileExists(atPath: staging + "/aides"))
    }
}

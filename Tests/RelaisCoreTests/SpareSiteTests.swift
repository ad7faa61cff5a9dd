import Foundation
@testable import RelaisCore
import Testing

/// The site a publish replaces is kept beside the output as the spare, and the next build brings it up to date
/// instead of linking every file into a new folder and deleting the old site. Whatever the spare holds when the
/// build claims it (older pages, files added by hand, links out of it), the published site is exactly a clean
/// build's, and nothing outside the staging folder is written.
@Suite("The spare site")
struct SpareSiteTests {
    typealias Project = IncrementalBuildTests.Project

    @Test func eachPublishKeepsThePreviousSiteAsTheSpareAndTheNextBuildClaimsIt() async throws {
        let project = try Project()
        defer { project.remove() }
        let spare = project.root.appendingPathComponent(".Site.spare").path
        #expect(await project.build().published)
        #expect(!FileManager.default.fileExists(atPath: spare))
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        #expect(await project.build().published)
        #expect(Publisher.isRelaisFolder(spare))
        // The spare is the first site: its page still says what the first build said.
        #expect(try String(contentsOfFile: spare + "/aides/alixio-emplois-cdi/index.html", encoding: .utf8).contains("recrutent durablement"))

        // Files that did not change are the same file in both sites: the spare costs the changed files only.
        let published = try IncrementalBuildTests.files(project.site), kept = try IncrementalBuildTests.files(spare)
        let shared = published.filter { kept[$0.key]?.stamp == $0.value.stamp }.count
        #expect(shared > published.count - 40, "\(shared) of \(published.count) files shared with the spare")

        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "embauchent durablement", with: "recrutent durablement") }
        #expect(await project.build().published)
        try await expectCleanOutput(project)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func whateverTheSpareHoldsThePublishedSiteIsExact() async throws {
        let project = try Project()
        defer { project.remove() }
        let spare = project.root.appendingPathComponent(".Site.spare").path
        #expect(await project.build().published)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        #expect(await project.build().published)
        #expect(Publisher.isRelaisFolder(spare))

        // Outside the spare: a file and a folder that links inside it point to, which must stay untouched.
        let outside = project.root.appendingPathComponent("ailleurs")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let secret = outside.appendingPathComponent("secret.txt")
        try Data("à garder".utf8).write(to: secret)
        let manager = FileManager.default
        // A file added by hand, a page whose link to the published file was replaced by other bytes, a page that
        // became a link out of the spare, a folder that became a link out of it, and a folder where a file belongs.
        try Data("ajouté".utf8).write(to: URL(fileURLWithPath: spare + "/ajout.html"))
        let contactPage = spare + "/contacts/index.html"
        try manager.removeItem(atPath: contactPage)
        try Data("<p>vieux</p>".utf8).write(to: URL(fileURLWithPath: contactPage))
        let aidPage = spare + "/aides/reboost-cci-val-de-marne/index.html"
        try manager.removeItem(atPath: aidPage)
        try manager.createSymbolicLink(atPath: aidPage, withDestinationPath: secret.path)
        try manager.removeItem(atPath: spare + "/evenements")
        try manager.createSymbolicLink(atPath: spare + "/evenements", withDestinationPath: outside.path)
        try manager.removeItem(atPath: spare + "/robots.txt")
        try manager.createDirectory(atPath: spare + "/robots.txt/dedans", withIntermediateDirectories: true)

        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "embauchent durablement", with: "recrutent durablement") }
        let report = await project.build()
        #expect(report.published, "\(report.diagnostics)")
        try await expectCleanOutput(project)
        #expect(try String(contentsOf: secret, encoding: .utf8) == "à garder")
        #expect(try manager.contentsOfDirectory(atPath: outside.path) == ["secret.txt"])
        #expect(try String(contentsOfFile: project.site + "/contacts/index.html", encoding: .utf8) != "<p>vieux</p>")
    }

    /// The published site holds exactly the files of a clean build, with their bytes, and nothing that is not a
    /// regular file or a folder.
    func expectCleanOutput(_ project: Project) async throws {
        let clean = project.root.appendingPathComponent("Clean").path
        #expect(await project.build(output: clean, cache: false).published)
        let built = try IncrementalBuildTests.files(project.site), expected = try IncrementalBuildTests.files(clean)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (file, expectedFile) in expected where file != Publisher.marker {
            #expect(built[file]?.bytes == expectedFile.bytes, "\(file) differs from a clean build")
        }
        for case let entry as String in FileManager.default.enumerator(atPath: project.site) ?? FileManager.DirectoryEnumerator() {
            let type = try FileManager.default.attributesOfItem(atPath: project.site + "/" + entry)[.type] as? FileAttributeType
            #expect(type == .typeRegular || type == .typeDirectory, "\(entry) is \(String(describing: type))")
        }
    }
}

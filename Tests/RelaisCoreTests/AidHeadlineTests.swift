import Foundation
@testable import RelaisCore
import Testing

/// The home page, the contacts page and the site map read every aid's headline (title, link, status), not the whole
/// aid: an edit to an aid's text leaves them as they are, an edit to its title makes them again, as a clean build.
@Suite("Aid headlines")
struct AidHeadlineTests {
    typealias Project = IncrementalBuildTests.Project
    static let pages = ["index.html", "contacts/index.html", "plan-du-site/index.html"]

    @Test func aTextEditLeavesTheListsOfLinksATitleEditRemakesThem() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        #expect(await project.build(cache: false).published)
        let before = try IncrementalBuildTests.files(project.site)

        let aid = "Content/aides/alixio-emplois-cdi.md"
        try project.edit(aid) { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let edited = await project.build()
        #expect(edited.published)
        let afterText = try IncrementalBuildTests.files(project.site)
        for page in Self.pages {
            #expect(afterText[page]?.stamp == before[page]?.stamp, "\(page) was made again for a text edit")
        }

        try project.edit(aid) { $0.replacingOccurrences(of: "créer des emplois en CDI", with: "créer des CDI") }
        #expect(await project.build().published)
        let afterTitle = try IncrementalBuildTests.files(project.site)
        let clean = project.root.appendingPathComponent("Clean").path
        #expect(await project.build(output: clean, cache: false).published)
        let expected = try IncrementalBuildTests.files(clean)
        #expect(afterTitle["plan-du-site/index.html"]?.bytes != afterText["plan-du-site/index.html"]?.bytes)
        for page in Self.pages { #expect(afterTitle[page]?.bytes == expected[page]?.bytes, "\(page) differs from a clean build") }
    }
}

import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// A body is kept from load to the record as its place in its file, and read again when rendered: the text must be
/// the one loaded, a body the loader changed (CRLF line ends) stays text, and a file changed in between is an error.
@Suite("Content bodies")
struct ContentBodyTests {
    typealias Project = IncrementalBuildTests.Project

    static func load(_ project: Project, cache: Bool = false) async throws -> ContentSet {
        try #require(try await LoadCacheTests.loadContent(project, cache: cache).0)
    }

    /// The text after the closing `---` line.
    static func tail(of text: String) -> String {
        let parts = text.components(separatedBy: "\n---\n")
        return parts.dropFirst().joined(separator: "\n---\n")
    }

    @Test(arguments: [false, true])
    func aBodyIsKeptAsItsPlaceAndReadBackAsLoaded(throughTheCache: Bool) async throws {
        let project = try Project()
        defer { project.remove() }
        if throughTheCache { _ = try await Self.load(project, cache: true) }
        let content = try await Self.load(project, cache: throughTheCache)
        #expect(content.aids.count > 5)
        for aid in content.aids {
            guard case .file(let path, _, _, _) = aid.body.storage else {
                Issue.record("\(aid.id): body kept as text")
                continue
            }
            #expect(path == project.content + "/aides/\(aid.id).md")
            let expected = Self.tail(of: try project.read("Content/aides/\(aid.id).md"))
            #expect(aid.body.text() == expected)
        }
    }

    @Test func aBodyWhoseLineEndsWereChangedStaysText() async throws {
        let project = try Project()
        defer { project.remove() }
        try project.edit("Content/aides/aide-en-plus.md") { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        let content = try await Self.load(project)
        let aid = try #require(content.aids.first { $0.id == "aide-en-plus" })
        guard case .text(let body) = aid.body.storage else {
            Issue.record("a CRLF file's body is not a tail of its bytes")
            return
        }
        let expected = Self.tail(of: try project.read("Content/aides/aide-en-plus.md").replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(!body.contains("\r") && body == expected)
    }

    /// Edited, or swapped for a file of the same size, between load and the record: never rendered as if loaded.
    @Test(arguments: ["édité", "même taille", "effacé"])
    func aFileChangedDuringTheBuildIsAnError(_ change: String) async throws {
        let project = try Project()
        defer { project.remove() }
        let content = try await Self.load(project)
        let file = "Content/aides/aide-en-plus.md"
        switch change {
        case "édité": try project.edit(file) { $0 + "\nUne phrase ajoutée.\n" }
        case "même taille": try project.edit(file) { $0.replacingOccurrences(of: "entreprises", with: "entreprisez") }
        default: try FileManager.default.removeItem(atPath: project.root.appendingPathComponent(file).path)
        }
        let (graph, resolveDiagnostics) = SiteResolver(buildDate: try #require(CalendarDate(iso: "2023-06-15"))).resolve(content)
        #expect(!resolveDiagnostics.hasErrors)
        let (_, findings) = await RecordBuilder(graph: try #require(graph), reservedIds: []).build()
        let errors = findings.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location.file) == ["Content/aides/aide-en-plus.md"], "\(findings.diagnostics.map(\.formatted))")
        #expect(errors.first?.message == "Le fichier n'a pas pu être relu tel qu'il a été chargé : il a changé pendant la génération, ou n'est plus lisible.")
    }
}

extension ContentBodyTests {
    /// `relais check` renders every body once and keeps nothing: its loader keeps the texts.
    @Test func aLoaderThatDoesNotPlaceBodiesKeepsTheirText() async throws {
        let project = try Project()
        defer { project.remove() }
        var loader = ContentLoader(root: project.content, displayRoot: "Content")
        loader.placesBodies = false
        let content = try #require(await loader.load().0)
        for aid in content.aids {
            guard case .text(let body) = aid.body.storage else {
                Issue.record("\(aid.id): body placed in its file")
                continue
            }
            let expected = Self.tail(of: try project.read("Content/aides/\(aid.id).md"))
            #expect(body == expected)
        }
    }
}

import Foundation
import RelaisCore
import RelaisFrench
import Testing

@Suite("Templates")
struct TemplateTests {
    /// A copy of the repository's templates in which `change` is made.
    private func templates(_ change: (URL) throws -> Void) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: folder)
        try change(folder)
        return folder
    }

    /// A copy of the templates where `old` becomes `new` in the template `name`.
    private func templates(replacing old: String, with new: String, in name: String) throws -> URL {
        try templates { folder in
            let file = folder.appendingPathComponent(name + ".mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
        }
    }

    private func build(templates folder: URL) async throws -> (TestSite, BuildReport) {
        let site = try TestSite()
        var options = site.options()
        options.templatesPath = folder.path
        return (site, await BuildPipeline(options: options).run())
    }

    @Test func missingPageTemplateIsAnError() async throws {
        let folder = try templates { try FileManager.default.removeItem(at: $0.appendingPathComponent("pages/aid.mustache")) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(!report.succeeded && !report.published)
        #expect(report.diagnostics.map(\.message) == ["Le gabarit « pages/aid » manque."])
        #expect(report.diagnostics.first?.location.file == folder.path + "/pages/aid.mustache")
    }

    @Test func missingPartialIsReportedWhereItIsUsed() async throws {
        let folder = try templates(replacing: "{{>partials/aid-card}}", with: "{{>partials/aid-cart}}", in: "pages/aids")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(!report.succeeded)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "Le gabarit partiel « partials/aid-cart » n'existe pas.")
        #expect(diagnostic.hint == "Vouliez-vous dire « partials/aid-card » ?")
        #expect(diagnostic.location.file.hasSuffix("pages/aids.mustache") && diagnostic.location.line == 11)
    }

    @Test func malformedTemplateIsLocated() async throws {
        let folder = try templates { folder in
            try Data("<p>{{#body}}{{title}}{{/bdy}}</p>\n".utf8).write(to: folder.appendingPathComponent("partials/facts.mustache"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.location.file.hasSuffix("partials/facts.mustache") && diagnostic.location.line == 1)
        #expect(diagnostic.message.hasPrefix("Le gabarit est mal formé"))
    }

    /// swift-mustache renders an unknown name as nothing: a section that uses a field of another view model
    /// (here the aid page's `facts` inside the programme's budget) is reported, once, where it is written.
    @Test func tagNamingNoDataOfThePageIsAnError() async throws {
        let folder = try templates(replacing: "summary}}", with: "sumary}}", in: "pages/page")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try TestSite(["pages/mentions.md": "---\ntitle: Mentions\nsummary: Qui publie ce site.\ndateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        var options = site.options()
        options.templatesPath = folder.path
        let report = await BuildPipeline(options: options).run()
        #expect(!report.succeeded && !report.published)
        #expect(report.diagnostics.count == 1)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "La balise « sumary » ne correspond à aucune donnée de la page : elle s'afficherait vide.")
        #expect(diagnostic.location.file.hasSuffix("pages/page.mustache") && diagnostic.location.line == 6 && diagnostic.location.column == 1)
    }

    @Test func dottedTagWithAMisspeltFieldIsAnError() async throws {
        let folder = try templates(replacing: "{{page.documentTitle}}</title>", with: "{{page.documentTitel}}</title>", in: "layout")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["La balise « documentTitel » ne correspond à aucune donnée de la page : elle s'afficherait vide."])
    }

    @Test func missingTemplatesFolderIsAnError() async throws {
        let (site, report) = try await build(templates: URL(fileURLWithPath: "/nonexistent/Templates"))
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["Le dossier des gabarits « /nonexistent/Templates » n'existe pas."])
    }
}

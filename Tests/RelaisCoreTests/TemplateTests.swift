import Foundation
@testable import RelaisCore
import MustacheReference
import RelaisFrench
import RelaisMustache
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
        #expect(diagnostic.location.file.hasSuffix("pages/aids.mustache") && diagnostic.location.line == 35)
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

    /// swift-mustache renders an unknown name as nothing: the plan step reports it, once, where it is written, and
    /// nothing is rendered. The tags inside a misspelt section are not reported (the section never renders).
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
        #expect(diagnostic.step == .plan)
        #expect(!report.timings.map(\.step).contains("render"))
    }

    @Test func dottedTagWithAMisspeltFieldIsAnError() async throws {
        let folder = try templates(replacing: "{{page.documentTitle}}</title>", with: "{{page.documentTitel}}</title>", in: "layout")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["La balise « documentTitel » ne correspond à aucune donnée de la page : elle s'afficherait vide."])
        #expect(report.diagnostics.map(\.step) == [.plan])
        #expect(report.diagnostics.first?.location.line == 8 && report.diagnostics.first?.location.column == 8)
    }

    /// Inside `{{#backers}}` the names are looked up in each backer first, then in the page.
    @Test func misspeltTagInASectionOverAListIsAnError() async throws {
        let folder = try templates(replacing: ": {{roles}}</li>", with: ": {{rols}}</li>", in: "pages/aid")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1 && !report.published)
        #expect(diagnostic.message == "La balise « rols » ne correspond à aucune donnée de la page : elle s'afficherait vide.")
        #expect(diagnostic.step == .plan)
        #expect(diagnostic.location.file.hasSuffix("pages/aid.mustache") && diagnostic.location.line == 38 && diagnostic.location.column == 38)
    }

    /// A partial is checked in each context it is included from (the aid card in lists, the home page, basins and
    /// programmes) and its mistake reported once, in the partial.
    @Test func misspeltTagInAPartialIsReportedOnceInThePartial() async throws {
        let folder = try templates(replacing: "{{audiences}}", with: "{{audience}}", in: "partials/aid-card")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["La balise « audience » ne correspond à aucune donnée de la page : elle s'afficherait vide."])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.step == .plan)
        #expect(diagnostic.location.file.hasSuffix("partials/aid-card.mustache") && diagnostic.location.line == 11 && diagnostic.location.column == 22)
    }

    /// A block of the page (`{{$main}}`) is checked where the layout places it: at the root of the page, where
    /// `page` is known and `bodi` is not.
    @Test func misspeltTagInTheLayoutsBlockIsAnError() async throws {
        let folder = try templates(replacing: "{{$main}}\n{{#body}}", with: "{{$main}}\n<p>{{page.title}} {{bodi.title}}</p>\n{{#body}}", in: "pages/not-found")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["La balise « bodi » ne correspond à aucune donnée de la page : elle s'afficherait vide."])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.step == .plan)
        #expect(diagnostic.location.file.hasSuffix("pages/not-found.mustache") && diagnostic.location.line == 3 && diagnostic.location.column == 19)
    }

    /// Names are looked up as swift-mustache does: a Bool section or an inverted one keeps the context, a string
    /// section pushes a value without fields, `{{.x}}` looks in the current value only, a dotted name goes inside
    /// each part, and a block the layout never places is checked where it is written.
    @Test func namesAreLookedUpAsSwiftMustacheDoes() throws {
        let probe = """
            {{<layout}}
            {{$main}}
            {{#body}}{{#hasAmounts}}{{promise}}{{/hasAmounts}}{{^hasAmounts}}{{title}}{{/hasAmounts}}
            {{#jobConditions}}{{.}}{{jobConditions}}{{.jobConditions}}{{/jobConditions}}
            {{#status}}{{.code}}{{.title}}{{/status}}
            {{#backers}}{{name}}{{title}}{{site.title}}{{/backers}}
            {{status.label.x}}{{/body}}
            {{/main}}
            {{$unused}}{{nothing}}{{/unused}}
            {{/layout}}
            """
        let folder = try templates { try Data(probe.utf8).write(to: $0.appendingPathComponent("pages/probe.mustache")) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let set = try #require(TemplateSet.load(root: folder.path).0)
        var check = TemplateCheck(templates: set)
        check.check(template: "pages/probe", with: PageViewModel<AidPageBody>.schema)
        #expect(check.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message.prefix { $0 != "»" })»" } == [
            "4:41 La balise « jobConditions »", "5:21 La balise « title »", "7:1 La balise « x »", "9:12 La balise « nothing »",
        ])
    }

    /// The templates shipped with Relais name only fields their pages have, in every context they are used in:
    /// names climbing out of sections (`{{title}}` inside `{{#registration}}{{#url}}`), `{{.}}`, dotted names,
    /// inverted sections, partials and the layout's block.
    @Test func theRepositoryTemplatesPassTheCheck() async throws {
        let record = try await Repository.exampleRecord()
        let (templates, loadDiagnostics) = TemplateSet.load(root: Repository.templates)
        let set = try #require(templates)
        #expect(loadDiagnostics.isEmpty)
        let outputs = PlanStep.outputs(for: record)
        #expect(Set(outputs.compactMap { output -> String? in
            guard case .page(let template, _, _) = output.producer else { return nil }
            return template
        }) == Set(TemplateSet.required.filter { $0 != "layout" }))
        #expect(PlanStep.checkTemplates(of: outputs, with: set).isEmpty)
    }

    /// Every page of the example site, rendered by Relais's renderer and by swift-mustache from the same view
    /// models and templates, is the same text: the renderer keeps Mustache's meaning (lookups up the stack, absent
    /// fields, standalone lines, the layout's blocks) while reading values without reflection. The pages Relais
    /// writes differ from that text by the `<sup>` of ordinals shown as text content only.
    @Test func everyExamplePageRendersAsSwiftMustacheRendersIt() async throws {
        let record = try await Repository.exampleRecord()
        let set = try #require(TemplateSet.load(root: Repository.templates).0)
        var texts: [String: String] = [:]
        for name in set.paths.keys {
            texts[name] = try String(contentsOfFile: "\(Repository.templates)/\(name).mustache", encoding: .utf8)
        }
        let presentation = await Presentation.prepared(record: record)
        var compared = 0
        for output in PlanStep.outputs(for: record) {
            guard case .page(let template, _, let build) = output.producer else { continue }
            let model = try #require(build(presentation))
            let ours = String(decoding: try MustacheTemplates(set.library.documents).render(template, with: .model(model)), as: UTF8.self)
            let reference = try ReferenceRenderer.render(texts, template, with: .model(model))
            #expect(ours == reference, "\(output.path)")
            let written = String(decoding: try set.render(model, with: template), as: UTF8.self)
            func withoutSup(_ html: String) -> String { html.replacingOccurrences(of: "<sup>", with: "").replacingOccurrences(of: "</sup>", with: "") }
            #expect(withoutSup(written) == withoutSup(ours), "\(output.path)")
            compared += 1
        }
        #expect(compared > 30)
    }

    @Test func missingTemplatesFolderIsAnError() async throws {
        let (site, report) = try await build(templates: URL(fileURLWithPath: "/nonexistent/Templates"))
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["Le dossier des gabarits « /nonexistent/Templates » n'existe pas."])
    }
}

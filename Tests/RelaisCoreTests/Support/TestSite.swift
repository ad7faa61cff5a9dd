import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The repository, found from this file, to build the example site and use the real templates.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var content: String { root.appendingPathComponent("Content").path }
    static var templates: String { root.appendingPathComponent("Templates").path }

    /// The example site's record at a build date, through the real load and validate steps.
    static func exampleRecord(date: String = "2023-06-15") async throws -> SiteRecord {
        try await TestSite.record(BuildOptions(contentPath: content, templatesPath: templates, buildDate: CalendarDate(iso: date)!, writesOutput: false))
    }
}

/// A throwaway site folder: `Content/` written from strings, the repository's templates, an output folder.
struct TestSite {
    let root: URL
    var content: String { root.appendingPathComponent("Content").path }
    var output: String { root.appendingPathComponent("Site").path }

    /// A small valid site: one organisation with a contact, one theme, one aid. `files` replace or add files.
    init(_ files: [String: String] = [:], base: [String: String] = TestSite.minimal) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("relais-test-\(UUID().uuidString)")
        for (path, text) in base.merging(files, uniquingKeysWith: { _, new in new }) {
            try write(text, to: path)
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent("Content").appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// `baseURL` stands for `--base-url`.
    func options(date: String = "2023-06-15", output: String? = nil, writes: Bool = true, strict: Bool = false,
                 baseURL: String? = nil) -> BuildOptions {
        BuildOptions(contentPath: content, templatesPath: Repository.templates, outputPath: output ?? self.output, baseURL: baseURL,
                     buildDate: CalendarDate(iso: date)!, strict: strict, writesOutput: writes)
    }

    func build(date: String = "2023-06-15", writes: Bool = true, strict: Bool = false, baseURL: String? = nil) async -> BuildReport {
        await BuildPipeline(options: options(date: date, writes: writes, strict: strict, baseURL: baseURL)).run()
    }

    /// The record of this site, through the real load and validate steps.
    func record(date: String = "2023-06-15") async throws -> SiteRecord {
        try await Self.record(options(date: date, writes: false))
    }

    static func record(_ options: BuildOptions) async throws -> SiteRecord {
        let loaded = await LoadStep(options: options).run(())
        let resolved = await ValidateStep(buildDate: options.buildDate).run(try #require(loaded.output))
        return try #require(resolved.output).record
    }

    func page(_ path: String) throws -> String {
        try String(contentsOfFile: "\(output)/\(path)", encoding: .utf8)
    }

    /// Diagnostics as `path:line:column: message`, the path relative to the content folder.
    func lines(_ report: BuildReport) -> [String] {
        report.diagnostics.map { d in
            "\(d.location.file.replacingOccurrences(of: content + "/", with: "")):\(d.location.line):\(d.location.column): \(d.message)"
        }
    }

    static let aid = """
        ---
        title: Prêt pour créer des emplois
        promise: Un prêt à taux zéro pour chaque emploi créé.
        aidTypes: [loan]
        financialComponents:
          - { kind: loan, amount: 15000, per: jobCreated, cap: 225000, interestRate: 0, durationMonths: 60 }
        audiences: [company]
        eligibility: Les PME du territoire.
        themes: [emploi]
        territories: [DEP-94]
        backers: [{ organisation: editeur, roles: [operator] }]
        recurrence: oneOff
        closingDate: 2023-12-31
        contacts: [editeur/accueil]
        dateModified: 2022-12-05
        ---
        Le prêt finance le besoin en fonds de roulement : voir [le guide](../pages/a-propos.md).
        """

    /// An online event: title to organizers on lines 2 to 9, then `keys` from line 10.
    static func onlineEvent(start: String, end: String, keys: String = "") -> String {
        "---\ntitle: Réunion d'essai\nsummary: Une réunion pour les tests.\nkind: infoSession\nstart: \(start)\nend: \(end)\n"
            + "attendanceMode: online\nonlineUrl: https://example.org/visio\norganizers: [editeur]\n\(keys)\ndateModified: 2023-01-10\n---\n"
    }

    /// A basin file: name, summary and kind on lines 2 to 4, then `keys` from line 5.
    static func basin(_ keys: String) -> String {
        "---\nname: Bassin d'essai\nsummary: Un bassin pour les tests.\nkind: localBasin\n\(keys)\ndateModified: 2022-12-05\n---\n"
    }

    static let minimal: [String: String] = [
        "site.yaml": """
        title: Guide test
        baseUrl: https://guide.example.org/
        publisher: editeur
        description: Un guide pour les tests.
        navigation:
          - { label: Aides, path: /aides/ }
        taxonomies:
          themes:
            - { id: emploi, label: Emploi }
        """,
        "organisations.yaml": """
        editeur:
          name: Maison de l'emploi
          kind: association
          contacts:
            accueil:
              kind: service
              name: Accueil
              email: accueil@example.org
              phone: "+33199000000"
        """,
        "aides/pret-emploi.md": aid,
        "pages/a-propos.md": """
        ---
        title: À propos
        dateModified: 2022-12-05
        ---
        Ce guide rassemble les aides du territoire.
        """,
    ]
}

extension String {
    /// The text with one line replaced, for bad-input tests built from a good file.
    func replacingLine(containing fragment: String, with line: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.contains(fragment) ? line : String($0) }.joined(separator: "\n")
    }

    func removingLine(containing fragment: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(fragment) }.joined(separator: "\n")
    }
}

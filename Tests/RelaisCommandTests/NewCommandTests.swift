import Foundation
import Testing

/// `relais new`: a file for each kind with every required key, which the check refuses until its empty values are
/// filled and which then builds; the French slug rule; never an overwrite.
@Suite("relais new")
struct NewCommandTests: RunsRelais {
    /// What an author writes in place of the empty values, by kind.
    static let fillings: [String: [(String, String)]] = [
        "aid": [("promise: \"\"", "promise: Une aide pour embaucher des séniors."), ("aidTypes: []", "aidTypes: [hiringBonus]"),
                ("audiences: []", "audiences: [company]"), ("eligibility: \"\"", "eligibility: Les PME du territoire."),
                ("themes: []", "themes: [emploi]"), ("territories: []", "territories: [DEP-94]"),
                ("backers: []", "backers: [{ organisation: alixio, roles: [funder] }]"), ("contacts: []", "contacts: [alixio/revitalisation]")],
        "event": [("summary: \"\"", "summary: Une matinée d'échanges."), ("start: \"\"", "start: 2023-09-14T09:30"),
                  ("end: \"\"", "end: 2023-09-14T12:00"),
                  ("venue: { name: \"\", streetAddress: \"\", postalCode: \"\", locality: \"\" }",
                   "venue: { name: Mairie, streetAddress: 1 place de la Mairie, postalCode: \"94200\", locality: Ivry-sur-Seine }"),
                  ("organizers: []", "organizers: [dgefp]")],
        "basin": [("summary: \"\"", "summary: Un bassin d'essai.")],
        "programme": [("summary: \"\"", "summary: Un programme d'essai."), ("period: { start: \"\" }", "period: { start: 2023 }"),
                      ("pilots: []", "pilots: [dgefp]"), ("territories: []", "territories: [DEP-94]")],
        "news": [("summary: \"\"", "summary: Une nouvelle d'essai.")],
        "page": [],
    ]

    static let paths = [
        "aid": "aides/aide-a-l-embauche-des-seniors.md", "event": "evenements/aide-a-l-embauche-des-seniors.md",
        "basin": "bassins/aide-a-l-embauche-des-seniors.md", "programme": "programmes/aide-a-l-embauche-des-seniors.md",
        "news": "actualites/2023-06-15-aide-a-l-embauche-des-seniors.md", "page": "pages/aide-a-l-embauche-des-seniors.md",
    ]

    @Test(arguments: ["aid", "event", "basin", "programme", "page", "news"])
    func newFileIsCheckedThenBuildsOnceFilled(kind: String) throws {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let created = try relais(["new", kind, "Aide à l'embauche des séniors", "--content", content.path, "--date", "2023-06-15"])
        #expect(created.status == 0)
        let relative = try #require(Self.paths[kind])
        #expect(created.standardError == "Fichier créé : \(content.path)/\(relative). Remplissez les valeurs vides, puis lancez relais check.\n")
        let file = content.appendingPathComponent(relative)
        var text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("---\n"))
        #expect(text.contains(": \"Aide à l'embauche des séniors\"\n"))
        #expect(text.contains("\ndateModified: 2023-06-15\n---\n"))

        let fillings = try #require(Self.fillings[kind])
        let check = try relais(["check", "--content", content.path, "--date", "2023-06-15"])
        #expect(check.status == (fillings.isEmpty ? 0 : 1), "\(check.standardError)")
        for (empty, value) in fillings {
            #expect(text.contains(empty), "\(empty)")
            text = text.replacingOccurrences(of: empty, with: value)
        }
        try Data(text.utf8).write(to: file)
        let output = folder.appendingPathComponent("Site")
        let build = try relais(["build", "--content", content.path, "--output", output.path, "--date", "2023-06-15"])
        #expect(build.status == 0, "\(build.standardError)")
    }

    @Test func allowedValuesAreListedInComments() throws {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        #expect(try relais(["new", "aid", "Prêt d’honneur", "--content", content.path, "--date", "2023-06-15"]).status == 0)
        let text = try String(contentsOf: content.appendingPathComponent("aides/pret-d-honneur.md"), encoding: .utf8)
        #expect(text.contains("# Une ou plusieurs valeurs parmi : grant (subvention), loan (prêt), honourLoan (prêt d’honneur),"))
        #expect(text.contains("# Parmi : creation, developpement, emploi, ess,"))
        #expect(text.contains("alixio/revitalisation"))
    }

    /// The new file names its kind's schema on its first YAML line, and `relais schema` writes that schema there.
    @Test func newFileNamesTheSchemaThatRelaisSchemaWrites() throws {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        #expect(try relais(["new", "event", "Forum de l'emploi", "--content", content.path, "--date", "2023-06-15"]).status == 0)
        let text = try String(contentsOf: content.appendingPathComponent("evenements/forum-de-l-emploi.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\n# yaml-language-server: $schema=../.schemas/evenements.schema.json\n"))
        let run = try relais(["schema", "--content", content.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("8 schémas écrits dans \(content.path)/.schemas/ : "))
        let schema = try Data(contentsOf: content.appendingPathComponent(".schemas/evenements.schema.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: schema) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        // The schemas folder is hidden: the build ignores it.
        let build = try relais(["build", "--content", content.path, "--output", folder.appendingPathComponent("Site").path, "--date", "2023-06-15"])
        #expect(build.status == 1, "the new event's empty values fail the build")
        #expect(!build.standardError.contains(".schemas"))
    }

    @Test func existingFileIsNeverReplaced() throws {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let existing = content.appendingPathComponent("aides/alixio-emplois-cdi.md")
        let before = try Data(contentsOf: existing)
        let run = try relais(["new", "aid", "Alixio : emplois CDI", "--content", content.path])
        #expect(run.status == 1)
        #expect(run.standardError == "erreur : Le fichier \(content.path)/aides/alixio-emplois-cdi.md existe déjà : il n'a pas été modifié. Ouvrez-le, ou choisissez un autre titre.\n")
        #expect(try Data(contentsOf: existing) == before)
    }

    @Test(arguments: [(["new", "bidule", "Titre"], "erreur : « bidule » n'est pas une sorte de contenu ; choisissez aid, event, basin, programme, page ou news.\n  aide : relais new --help décrit les options de cette commande.\n"),
                      (["new", "aid"], "erreur : Il manque l'argument <titre>.\n  aide : relais new --help décrit les options de cette commande.\n")])
    func badArgumentsExitWithTwo(_ arguments: [String], expected: String) throws {
        let run = try relais(arguments)
        #expect(run.status == 2)
        #expect(run.standardError == expected)
    }
}

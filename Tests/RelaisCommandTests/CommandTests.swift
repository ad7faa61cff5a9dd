import Foundation
import Testing

/// The `relais` command as CI and authors run it: exit codes 0, 1 and 2, messages on standard error.
@Suite("relais command")
struct CommandTests: RunsRelais {
    @Test func buildSucceedsWithZeroAndReportsEachStep() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try relais(["build", "--date", "2023-06-15", "--output", output.path])
        #expect(run.status == 0)
        #expect(run.standardOutput.isEmpty)
        for step in ["load", "validate", "plan", "render", "write", "publish"] {
            #expect(run.standardError.contains("\n\(step) ") || run.standardError.hasPrefix("\(step) "), "\(step)")
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("aides/index.html").path))
    }

    /// `check` runs every step that checks, and renders and writes nothing.
    @Test func checkRunsEveryCheckingStepAndRendersNothing() throws {
        let run = try relais(["check", "--date", "2023-06-15"])
        #expect(run.status == 0)
        for step in ["load", "validate", "plan"] {
            #expect(run.standardError.contains("\n\(step) ") || run.standardError.hasPrefix("\(step) "), "\(step)")
        }
        for step in ["render", "write", "publish"] {
            #expect(!run.standardError.contains("\n\(step) ") && !run.standardError.hasPrefix("\(step) "), "\(step)")
        }
    }

    @Test func contentErrorsExitWithOneAndKeepThePublishedSite() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        let output = folder.appendingPathComponent("Site").path
        #expect(try relais(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output, "--date", "2023-06-15"]).status == 0)
        let aid = folder.appendingPathComponent("Content/aides/alixio-emplois-cdi.md")
        let text = try String(contentsOf: aid, encoding: .utf8).replacingOccurrences(of: "\npromise:", with: "\npromis:")
        try Data(text.utf8).write(to: aid)
        let before = try Data(contentsOf: URL(fileURLWithPath: output + "/aides/alixio-emplois-cdi/index.html"))
        let run = try relais(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output, "--date", "2023-06-15"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("/Content/aides/alixio-emplois-cdi.md:3:1: erreur : La clé « promis » est inconnue.\n  aide : Vouliez-vous dire « promise » ?"))
        #expect(run.standardError.contains("Le site publié n'a pas été modifié."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output + "/aides/alixio-emplois-cdi/index.html")) == before)
    }

    /// Template tags are checked by plan, so `check` finds a misspelt one without rendering a page.
    @Test func checkFindsATagNamingNoData() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Templates"), to: folder)
        let aid = folder.appendingPathComponent("pages/aid.mustache")
        try Data(try String(contentsOf: aid, encoding: .utf8).replacingOccurrences(of: "{{roles}}", with: "{{rols}}").utf8).write(to: aid)
        let run = try relais(["check", "--templates", folder.path, "--date", "2023-06-15"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("/pages/aid.mustache:38:38: erreur : La balise « rols » ne correspond à aucune donnée de la page : elle s'afficherait vide."))
    }

    @Test func checkWritesNothingAndExitsZero() throws {
        let output = temporaryFolder()
        let run = try relais(["check", "--output", output.path])
        #expect(run.status == 0)
        #expect(run.standardError.hasSuffix("Aucune erreur.\n"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: [["build", "--date", "15/06/2023"], ["build", "--nope"], ["publier"], ["build", "--base-url", "guide.example.org"]])
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        let run = try relais(arguments)
        #expect(run.status == 2)
        #expect(!run.standardError.isEmpty)
    }

    /// The stored XSS found by hostile testing: a quote in the base URL is a usage error, before anything is built.
    @Test(arguments: ["https://example.org/a\"onmouseover=\"alert(1)", "https://example.org/l'aide/", "https://example.org/<b>/"])
    func unsafeBaseURLIsAUsageError(_ address: String) throws {
        let output = temporaryFolder()
        let run = try relais(["build", "--date", "2023-06-15", "--output", output.path, "--base-url", address])
        #expect(run.status == 2)
        #expect(run.standardError.contains("Option --base-url : L'adresse du site contient"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func sourceDateEpochSetsTheBuildDate() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try relais(["build", "--output", output.path], environment: ["SOURCE_DATE_EPOCH": "1686787200"])  // 2023-06-15
        #expect(run.status == 0)
        let page = try String(contentsOfFile: output.path + "/aides/index.html", encoding: .utf8)
        #expect(page.contains("à la date du 15 juin 2023"))
    }
}

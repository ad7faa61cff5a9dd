import Foundation
import Testing

/// `relais check --format text|json|github` and `--strict`: exact lines, exit 0 / 1 / 2.
@Suite("relais check formats")
struct CheckFormatTests: RunsRelais {
    /// The example content in a fresh folder, run from that folder so that paths read `Content/…`, with one
    /// warning (an http address) and, when asked, two errors (a misspelt key, so a missing one).
    private func check(_ arguments: [String], withErrors: Bool) throws -> RelaisRun {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("Content/site.yaml")
        try Data(try String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "baseUrl: \"https://", with: "baseUrl: \"http://").utf8).write(to: site)
        if withErrors {
            let aid = folder.appendingPathComponent("Content/aides/alixio-emplois-cdi.md")
            try Data(try String(contentsOf: aid, encoding: .utf8).replacingOccurrences(of: "\npromise:", with: "\npromis:").utf8).write(to: aid)
        }
        let templates = Self.repository.appendingPathComponent("Templates").path
        return try relais(["check", "--date", "2023-06-15", "--templates", templates] + arguments, in: folder)
    }

    static let warning = "::warning file=Content/site.yaml,line=2,col=10::L'adresse du site « http://guide-aides.example.org/ » n'est pas sécurisée (http).%0Aaide : Si l'hébergeur le permet, écrivez https:// à la place de http://.\n"
    static let errors = """
        ::error file=Content/aides/alixio-emplois-cdi.md,line=2,col=1::Le champ obligatoire « promise » manque.%0Aaide : Ajoutez une ligne « promise: … ».
        ::error file=Content/aides/alixio-emplois-cdi.md,line=3,col=1::La clé « promis » est inconnue.%0Aaide : Vouliez-vous dire « promise » ?

        """

    @Test func githubPrintsOneWorkflowCommandPerDiagnostic() throws {
        let run = try check(["--format", "github"], withErrors: true)
        #expect(run.status == 1)
        #expect(run.standardOutput == Self.errors + Self.warning)
        #expect(run.standardError.hasSuffix("2 erreurs, 1 avertissement.\n"))
    }

    @Test func warningsAloneExitZero() throws {
        let run = try check(["--format", "github"], withErrors: false)
        #expect(run.status == 0)
        #expect(run.standardOutput == Self.warning)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let run = try check(["--format", "github", "--strict"], withErrors: false)
        #expect(run.status == 1)
        #expect(run.standardOutput == Self.warning.replacingOccurrences(of: "::warning ", with: "::error "))
    }

    @Test func jsonListsEveryDiagnosticAndTheCounts() throws {
        let run = try check(["--format", "json"], withErrors: true)
        #expect(run.status == 1)
        let report = try CheckReport(json: run.standardOutput)
        #expect(report.errors == 2)
        #expect(report.warnings == 1)
        #expect(report.diagnostics.first == CheckReport.Entry(severity: "error", step: "load", file: "Content/aides/alixio-emplois-cdi.md", line: 2, column: 1,
                                                         message: "Le champ obligatoire « promise » manque.", hint: "Ajoutez une ligne « promise: … »."))
        #expect(run.standardOutput.hasPrefix(#"{"diagnostics":[{"column":1,"file":"Content/aides/alixio-emplois-cdi.md","hint":"Ajoutez une ligne « promise: … ».","line":2,"message":"Le champ obligatoire « promise » manque.","severity":"error","step":"load"},"#))
        #expect(run.standardOutput.hasSuffix(#""errors":2,"warnings":1}"# + "\n"))
    }

    @Test func jsonOfACleanSiteIsAnEmptyList() throws {
        let run = try relais(["check", "--date", "2023-06-15", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.standardOutput == #"{"diagnostics":[],"errors":0,"warnings":0}"# + "\n")
    }

    @Test func textKeepsStandardOutputEmpty() throws {
        let run = try check([], withErrors: true)
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("Content/aides/alixio-emplois-cdi.md:3:1: erreur : La clé « promis » est inconnue.\n  aide : Vouliez-vous dire « promise » ?\n"))
        #expect(run.standardError.hasSuffix("2 erreurs, 1 avertissement.\n"))
    }
}

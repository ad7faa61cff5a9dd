import Foundation
import Testing

/// The reader checks (link texts, typography…) through `relais check`: GitHub and JSON lines, `--strict`.
@Suite("relais check reader checks")
struct ReaderCheckFormatTests: RunsRelais {
    /// The example content with one line added at the end of a page: a glued colon and a link that says "cliquez ici".
    private func check(_ arguments: [String]) throws -> (run: RelaisRun, line: Int) {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("Content/pages/accessibilite.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\nPour nous écrire: [cliquez ici](mailto:accessibilite@example.org).\n"
        try Data(text.utf8).write(to: page)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let templates = Self.repository.appendingPathComponent("Templates").path
        return (try relais(["check", "--date", "2023-06-15", "--templates", templates] + arguments, in: folder), line)
    }

    private static func github(line: Int, kind: String = "warning") -> String {
        """
        ::\(kind) file=Content/pages/accessibilite.md,line=\(line),col=17::Il manque une espace avant « : » dans « écrire: ».%0Aaide : Écrivez « écrire : » : Relais rend cette espace insécable.
        ::\(kind) file=Content/pages/accessibilite.md,line=\(line),col=19::Le texte du lien « cliquez ici » ne dit pas, lu seul, où il mène.%0Aaide : Écrivez ce que le lecteur y trouvera, par exemple [le formulaire de demande](…) plutôt que [cliquez ici](…) : les lecteurs d'écran énoncent souvent les liens hors de leur phrase.

        """
    }

    @Test func githubLinesAndExitZero() throws {
        let (run, line) = try check(["--format", "github"])
        #expect(run.status == 0)
        #expect(run.standardOutput == Self.github(line: line))
        #expect(run.standardError.hasSuffix("0 erreur, 2 avertissements.\n"))
    }

    @Test func strictFailsOnThem() throws {
        let (run, line) = try check(["--format", "github", "--strict"])
        #expect(run.status == 1)
        #expect(run.standardOutput == Self.github(line: line, kind: "error"))
    }

    @Test func jsonEntries() throws {
        let (run, line) = try check(["--format", "json"])
        #expect(run.status == 0)
        let report = try CheckReport(json: run.standardOutput)
        #expect(report.errors == 0)
        #expect(report.warnings == 2)
        #expect(report.diagnostics.map(\.severity) == ["warning", "warning"])
        #expect(report.diagnostics.map(\.step) == ["validate", "validate"])
        #expect(report.diagnostics.map(\.column) == [17, 19])
        #expect(report.diagnostics.allSatisfy { $0.file == "Content/pages/accessibilite.md" && $0.line == line })
        #expect(report.diagnostics.last?.message == "Le texte du lien « cliquez ici » ne dit pas, lu seul, où il mène.")
        #expect(run.standardOutput.contains(#"{"column":17,"file":"Content/pages/accessibilite.md","hint":"Écrivez « écrire : » : Relais rend cette espace insécable.","line":\#(line),"message":"Il manque une espace avant « : » dans « écrire: ».","severity":"warning","step":"validate"}"#))
    }
}

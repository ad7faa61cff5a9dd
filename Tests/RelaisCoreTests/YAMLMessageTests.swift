import Foundation
import RelaisCore
import Testing

/// libyaml's English messages are never shown: each known one gets a French sentence at the line to mend.
@Suite("YAML messages in French")
struct YAMLMessageTests {
    private func diagnostics(aid edit: (String) -> String) async throws -> [Diagnostic] {
        let site = try TestSite(["aides/pret-emploi.md": edit(TestSite.aid)])
        defer { site.remove() }
        return await site.build(writes: false).diagnostics
    }

    private func only(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.formatted))")
        return try #require(diagnostics.first)
    }

    /// Reported as an indentation problem further down before: now the quote and where it opened.
    @Test(arguments: [
        ("promise: \"Un prêt à taux zéro", 3, 10, "« \" »"),
        ("audiences: ['company]", 7, 13, "« ' »"),
        ("themes: [emploi, \"developpement]", 9, 18, "« \" »"),
    ])
    func unclosedQuoteIsNamedWhereItOpens(line: String, row: Int, column: Int, mark: String) async throws {
        let key = String(line.prefix { $0 != ":" })
        let diagnostic = try only(try await diagnostics(aid: { $0.replacingLine(containing: key + ":", with: line) }))
        #expect(diagnostic.location.line == row)
        #expect(diagnostic.location.column == column)
        #expect(diagnostic.message == "Le guillemet \(mark) ouvert ici n'est pas refermé.")
    }

    /// A line of an `eligibility: |` text without indentation: the line itself, not the one below it.
    @Test func unindentedLineOfABlockTextIsReportedAtItself() async throws {
        let diagnostic = try only(try await diagnostics(aid: {
            $0.replacingLine(containing: "eligibility:", with: "eligibility: |\n  Les PME du territoire\net leurs salariés.")
        }))
        #expect(diagnostic.location.line == 10)
        #expect(diagnostic.location.column == 1)
        #expect(diagnostic.message == "Cette ligne n'est ni une clé « nom: valeur » ni la suite indentée de la valeur du dessus.")
        #expect(diagnostic.hint?.contains("indentez-la") == true)
    }

    @Test func tooDeepNestingIsFrench() async throws {
        let deep = String(repeating: "[", count: 1100) + String(repeating: "]", count: 1100)
        let diagnostic = try only(try await diagnostics(aid: { $0.replacingLine(containing: "audiences:", with: "audiences: " + deep) }))
        #expect(diagnostic.message == "Les listes et groupes s'imbriquent trop profondément ici (plus de mille niveaux).")
    }

    /// `[creation` then `- emploi]` reads as one theme "creation - emploi": the hint mends the list, it does not
    /// suggest declaring that theme.
    @Test func listMixingBracketsAndDashesGetsAListHint() async throws {
        let diagnostic = try only(try await diagnostics(aid: { $0.replacingLine(containing: "themes:", with: "themes: [creation\n  - emploi]") }))
        #expect(diagnostic.message == "Le thème « creation - emploi » n'est pas déclaré dans site.yaml.")
        #expect(diagnostic.hint == "Cette valeur mêle une liste entre crochets et des lignes « - » : écrivez-la [a, b] sur une ligne, ou une ligne « - a » par élément, sans crochets.")
    }

    @Test func dashLineInsideBracketsIsFrench() async throws {
        let diagnostic = try only(try await diagnostics(aid: { $0.replacingLine(containing: "themes:", with: "themes: [emploi,\n- developpement]") }))
        #expect(diagnostic.message == "Une valeur manque à cet endroit (un « - » ou une virgule de trop ?).")
    }

    /// The hint's example names a key that exists.
    @Test func colonHintNamesARealKey() async throws {
        let diagnostic = try only(try await diagnostics(aid: { $0.replacingLine(containing: "eligibility:", with: "eligibility: Contact : 01 99 00 00 00") }))
        #expect(diagnostic.hint == "Mettez la valeur entre guillemets : title: \"Contact : 01 99 00 00 00\".")
    }

    @Test func rawControlCharacterIsLocatedAndNamed() async throws {
        let diagnostic = try only(try await diagnostics(aid: { $0.replacingLine(containing: "audiences:", with: "audiences: [comp\u{1B}[31many]") }))
        #expect(diagnostic.location.line == 7)
        #expect(diagnostic.location.column == 17)
        #expect(diagnostic.message == "Le texte contient un caractère de contrôle invisible (U+001B).")
    }

    /// No diagnostic of any of these samples quotes libyaml's English.
    @Test func noEnglishReachesTheMessages() async throws {
        let samples = ["title: \"a", "title: [a", "title: {a", "title: a\n b: c", "- x", "title: &a x\npromise: *b", "title: !!int x", "\t title: x"]
        for sample in samples {
            let all = try await diagnostics(aid: { $0.replacingLine(containing: "title:", with: sample) })
            for diagnostic in all {
                for english in ["found", "expected", "while", "could not", "mapping", "scanning", "YAML error"] {
                    #expect(!diagnostic.message.contains(english) && !(diagnostic.hint ?? "").contains(english), "\(sample): \(diagnostic.formatted)")
                }
            }
        }
    }
}

@Suite("Terminal text")
struct TerminalTextTests {
    @Test func controlCharactersAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}[31mb") == "a\\e[31mb")
        #expect(TerminalText.escaped("a\u{9B}b\u{7}c\u{7F}") == "a\\x9Bb\\x07c\\x7F")
        #expect(TerminalText.escaped("ligne\nsuivante") == "ligne\\nsuivante")
        #expect(TerminalText.escaped("Aide à l’embauche") == "Aide à l’embauche")
    }
}

@Suite("Terminal colours")
struct TerminalStyleTests {
    @Test func severityAndHintAreColouredOnATerminalOnly() {
        let line = "Content/a.md:3:1: erreur : La clé « x » est inconnue.\n  aide : Vouliez-vous dire « y » ?"
        #expect(TerminalStyle.coloured(line) == "Content/a.md:3:1: \u{1B}[1;31merreur\u{1B}[0m : La clé « x » est inconnue.\n  \u{1B}[36maide\u{1B}[0m : Vouliez-vous dire « y » ?")
        #expect(TerminalStyle.coloured("erreur : Faux.") == "\u{1B}[1;31merreur\u{1B}[0m : Faux.")
        #expect(TerminalStyle.wanted(isTerminal: true, environment: [:]))
        #expect(!TerminalStyle.wanted(isTerminal: false, environment: [:]))
        #expect(!TerminalStyle.wanted(isTerminal: true, environment: ["NO_COLOR": "1"]))
    }
}

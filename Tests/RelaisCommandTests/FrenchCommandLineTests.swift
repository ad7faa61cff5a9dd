import Foundation
import Testing

/// Every message of the command line is French: help, usage errors and unknown commands (exit 2).
@Suite("French command line")
struct FrenchCommandLineTests: RunsRelais {
    /// ArgumentParser's English frame words, none of which may reach a user.
    static let englishWords = ["OVERVIEW", "USAGE", "SUBCOMMANDS", "Show help", "(default", "See '", "Error:", "Usage:", "for more information"]

    @Test(arguments: [["--help"], ["-h"], ["build", "--help"], ["check", "--help"], ["help", "check"], ["help"]])
    func helpIsFrenchAndExitsZero(_ arguments: [String]) throws {
        let run = try relais(arguments)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("UTILISATION : relais"))
        #expect(run.standardOutput.contains("-h, --help              Affiche cette aide."))
        for word in Self.englishWords { #expect(!run.standardOutput.contains(word), "\(word)") }
    }

    @Test func rootHelpListsTheCommandsInFrench() throws {
        let run = try relais(["--help"])
        #expect(run.standardOutput.contains("COMMANDES :\n  build (par défaut)      Génère le site complet"))
        #expect(run.standardOutput.contains("« relais help <commande> » décrit chaque commande."))
    }

    @Test func optionDefaultsAndValueNamesAreFrench() throws {
        let run = try relais(["build", "--help"])
        #expect(run.standardOutput.contains("--content <dossier>     Le dossier du contenu. (par défaut : Content)"))
        #expect(run.standardOutput.contains("[--date <date>]"))
    }

    /// `relais serve --help` used to print the build's help and exit 0; an unknown command is a usage error.
    @Test(arguments: [
        (["publier"], "erreur : La commande « publier » n'existe pas.\n  aide : Les commandes sont : build, check, new, serve, schema. relais --help les décrit.\n"),
        (["publier", "--help"], "erreur : La commande « publier » n'existe pas.\n  aide : Les commandes sont : build, check, new, serve, schema. relais --help les décrit.\n"),
        (["chek"], "erreur : La commande « chek » n'existe pas.\n  aide : Vouliez-vous dire « relais check » ?\n"),
        (["help", "bild"], "erreur : La commande « bild » n'existe pas.\n  aide : Vouliez-vous dire « relais build » ?\n"),
    ])
    func unknownCommandExitsWithTwo(_ arguments: [String], expected: String) throws {
        let run = try relais(arguments)
        #expect(run.status == 2)
        #expect(run.standardError == expected)
        #expect(run.standardOutput.isEmpty)
    }

    @Test(arguments: [
        (["build", "--drafs"], "erreur : L'option « --drafs » n'existe pas. Vouliez-vous dire « --drafts » ?\n  aide : relais build --help décrit les options de cette commande.\n"),
        (["--inconnue"], "erreur : L'option « --inconnue » n'existe pas.\n  aide : relais build --help décrit les options de cette commande.\n"),
        (["check", "--date"], "erreur : L'option --date attend une valeur après elle.\n  aide : relais check --help décrit les options de cette commande.\n"),
        (["build", "a", "b"], "erreur : Ces arguments sont de trop : « a », « b ».\n  aide : relais build --help décrit les options de cette commande.\n"),
        (["check", "--drafts=3"], "erreur : L'option --drafts ne prend pas de valeur (« 3 » donné).\n  aide : relais check --help décrit les options de cette commande.\n"),
        (["check", "--format", "xml"], "erreur : Option --format : « xml » n'est pas une forme connue ; choisissez text, json ou github.\n  aide : relais check --help décrit les options de cette commande.\n"),
        (["build", "--date", "15/06/2023"], "erreur : « 15/06/2023 » n'est pas une date AAAA-MM-JJ (option --date).\n  aide : relais build --help décrit les options de cette commande.\n"),
    ])
    func usageErrorsAreFrenchAndExitWithTwo(_ arguments: [String], expected: String) throws {
        let run = try relais(arguments)
        #expect(run.status == 2)
        #expect(run.standardError == expected)
    }

    /// An escape sequence typed on the command line is shown, not obeyed by the terminal.
    @Test func escapeSequencesInArgumentsAreShownEscaped() throws {
        let run = try relais(["publ\u{1B}[2Jier"])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("erreur : La commande « publ\\e[2Jier » n'existe pas."))
        #expect(!run.standardError.contains("\u{1B}"))
    }

    /// The same for a value of the content, through the diagnostics.
    @Test func escapeSequencesInContentAreShownEscaped() throws {
        let folder = try copiedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let aid = folder.appendingPathComponent("Content/aides/alixio-emplois-cdi.md")
        let text = try String(contentsOf: aid, encoding: .utf8).replacingOccurrences(of: "audiences: [company]", with: "audiences: [\"comp\\e[31many\"]")
        try Data(text.utf8).write(to: aid)
        let run = try relais(["check", "--content", folder.appendingPathComponent("Content").path, "--date", "2023-06-15"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("erreur : « comp\\e[31many » n'est pas une valeur possible de « audiences[1] »."))
        #expect(!run.standardError.contains("\u{1B}"))
    }
}

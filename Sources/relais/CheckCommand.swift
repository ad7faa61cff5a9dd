import ArgumentParser
import Foundation
import RelaisCore

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie le contenu et les gabarits sans rien écrire.",
        discussion: "Sort avec 0 sans erreur, 1 s'il y a des erreurs (ou des avertissements avec --strict), 2 si la ligne de commande est fausse.")
    @OptionGroup var options: PipelineOptions
    @Option(help: ArgumentHelp("La forme du compte rendu : text (pour vous lire), json (pour un programme) ou github (annotations de GitHub Actions, sur la sortie standard).", valueName: "forme"))
    var format = "text"

    func run() async throws {
        // Checked here rather than in validate(), whose errors ArgumentParser wraps in its own English frame.
        guard let format = DiagnosticFormat(rawValue: format) else {
            throw ValidationError("Option --format : « \(TerminalText.escaped(format)) » n'est pas une forme connue ; choisissez text, json ou github.")
        }
        let report = await BuildPipeline(options: try options.buildOptions(writesOutput: false)).run(progress: Console.progress)
        switch format {
        case .text:
            Console.print(report)
            if report.succeeded { Console.note("Aucune erreur.") }
        case .json, .github:
            // The machine-readable report on standard output, the progress and counts for people on standard error.
            for line in report.notes { Console.note(line) }
            FileHandle.standardOutput.write(Data(format.render(report.diagnostics).utf8))
            Console.note(report.diagnostics.isEmpty ? "Aucune erreur." : report.countSentence)
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}

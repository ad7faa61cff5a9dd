import ArgumentParser
import Foundation
import RelaisCore

@main
struct Relais: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relais",
        abstract: "Génère le site statique d'un guide des aides à partir de Content/ et Templates/.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)

    /// Exit codes: 0 success, 1 content or template errors, 2 usage errors (ArgumentParser's own is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // Our own checks speak French already: their sentence alone, not the English frame around it.
                if let validation = error as? ValidationError {
                    Console.note("erreur : \(validation.message)\n  aide : relais \(CommandLine.arguments.dropFirst().first ?? "build") --help")
                } else {
                    Console.note(fullMessage(for: error))
                }
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}

/// Options shared by the commands that run the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Le dossier du contenu.") var content = "Content"
    @Option(help: "Le dossier des gabarits et des fichiers statiques.") var templates = "Templates"
    @Option(help: "Le dossier du site généré.") var output = "Site"
    @Option(name: .customLong("base-url"), help: "L'adresse publique du site, à la place de baseUrl dans site.yaml.") var baseURL: String?
    @Option(help: "La date de génération AAAA-MM-JJ (par défaut SOURCE_DATE_EPOCH, sinon aujourd'hui).") var date: String?
    @Flag(help: "Inclure les brouillons (draft: true).") var drafts = false
    @Flag(help: "Traiter les avertissements comme des erreurs.") var strict = false
    @Option(name: .customLong("taille-max"), help: "La taille maximale d'un fichier de contenu, en mégaoctets (1 à 100, 5 par défaut).") var maxFileSize: String?
    @Flag(name: .customLong("medias-actifs"), help: "Publier aussi les pages HTML et les images SVG avec scripts de media/ (refusées sinon).") var activeMedia = false
    @Flag(name: .customLong("sans-cache"), help: "Tout refaire, sans reprendre ce que la génération précédente a produit (.relais-cache/).") var withoutCache = false

    /// Runs the pipeline, prints its diagnostics, and exits 1 when it found an error.
    func run(writesOutput: Bool) async throws -> BuildReport {
        let report = await BuildPipeline(options: try buildOptions(writesOutput: writesOutput)).run(progress: Console.progress)
        Console.print(report)
        if !report.succeeded {
            // A problem of the publish step says itself what became of the site (kept, or replaced but not cleaned up).
            if writesOutput, !report.diagnostics.contains(where: { $0.step == .publish }) { Console.note("Le site publié n'a pas été modifié.") }
            throw ExitCode(1)
        }
        return report
    }

    func buildOptions(writesOutput: Bool) throws -> BuildOptions {
        // The same rule as baseUrl in site.yaml (RelaisCore's BaseURL), refused here as a usage error.
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw ValidationError("Option --base-url : \(problem) \(BaseURL.hint)")
        }
        // Range-checked here: a megabyte count times a million must not overflow, nor be zero.
        // Read as text, then range-checked here: a huge number neither overflows nor gets an English message.
        var megabytes = BuildOptions.defaultMaxFileSize / 1_000_000
        if let maxFileSize {
            guard let value = Int(maxFileSize), BuildOptions.maxFileSizeRange.contains(value) else {
                throw ValidationError("Option --taille-max : « \(maxFileSize) » n'est pas un nombre de mégaoctets entre \(BuildOptions.maxFileSizeRange.lowerBound) et \(BuildOptions.maxFileSizeRange.upperBound).")
            }
            megabytes = value
        }
        switch BuildOptions.buildDate(argument: date) {
        case .success(let buildDate):
            return BuildOptions(contentPath: content, templatesPath: templates, outputPath: output, baseURL: baseURL,
                                buildDate: buildDate, includeDrafts: drafts, strict: strict, writesOutput: writesOutput,
                                usesCache: !withoutCache, maxFileSize: megabytes * 1_000_000,
                                allowsActiveMedia: activeMedia)
        case .failure(let error):
            throw ValidationError(error.description)
        }
    }
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Génère le site complet dans Site/ (publié seulement si tout va bien).")
    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let report = try await options.run(writesOutput: true)
        if report.upToDate {
            Console.note("Rien n’a changé : le site publié dans \(options.output)/ est à jour (\(report.pageCount) pages).")
        } else {
            Console.note("Site publié dans \(options.output)/ : \(report.pageCount) pages.")
        }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Vérifie le contenu et les gabarits sans rien écrire.")
    @OptionGroup var options: PipelineOptions

    func run() async throws {
        _ = try await options.run(writesOutput: false)
        Console.note("Aucune erreur.")
    }
}

/// Messages and progress go to standard error; standard output stays free for machine output.
enum Console {
    @Sendable static func progress(_ timing: BuildReport.StepTiming) {
        let step = timing.step.padding(toLength: 9, withPad: " ", startingAt: 0)
        note(step + String(format: "%6.0f ms  ", timing.seconds * 1000) + timing.summary)
    }

    static func print(_ report: BuildReport) {
        for line in report.notes { note(line) }
        for diagnostic in report.diagnostics { note(diagnostic.formatted) }
        if !report.diagnostics.isEmpty {
            note("\(report.errorCount) erreur\(report.errorCount > 1 ? "s" : ""), \(report.warningCount) avertissement\(report.warningCount > 1 ? "s" : "").")
        }
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import ArgumentParser
import Foundation
import RelaisCore
import RelaisFrench

/// Options shared by the commands that run the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Le dossier du contenu.", valueName: "dossier")) var content = "Content"
    @Option(help: ArgumentHelp("Le dossier des gabarits et des fichiers statiques.", valueName: "dossier")) var templates = "Templates"
    @Option(help: ArgumentHelp("Le dossier du site généré.", valueName: "dossier")) var output = "Site"
    @Option(name: .customLong("base-url"), help: ArgumentHelp("L'adresse publique du site, à la place de baseUrl dans site.yaml.", valueName: "adresse")) var baseURL: String?
    @Option(help: ArgumentHelp("La date de génération AAAA-MM-JJ (par défaut SOURCE_DATE_EPOCH, sinon aujourd'hui).", valueName: "date")) var date: String?
    @Flag(help: "Inclure les brouillons (draft: true).") var drafts = false
    @Flag(help: "Traiter les avertissements comme des erreurs.") var strict = false
    @Option(name: .customLong("taille-max"), help: ArgumentHelp("La taille maximale d'un fichier de contenu, en mégaoctets (1 à 100, 5 par défaut).", valueName: "Mo")) var maxFileSize: String?
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
        // Read as text, then range-checked here: a huge number neither overflows nor gets an English message.
        var megabytes = BuildOptions.defaultMaxFileSize / 1_000_000
        if let maxFileSize {
            guard let value = Int(maxFileSize), BuildOptions.maxFileSizeRange.contains(value) else {
                throw ValidationError("Option --taille-max : « \(maxFileSize) » n'est pas un nombre de mégaoctets entre \(BuildOptions.maxFileSizeRange.lowerBound) et \(BuildOptions.maxFileSizeRange.upperBound).")
            }
            megabytes = value
        }
        return BuildOptions(contentPath: content, templatesPath: templates, outputPath: output, baseURL: baseURL,
                            buildDate: try buildDate(), includeDrafts: drafts, strict: strict, writesOutput: writesOutput,
                            usesCache: !withoutCache, maxFileSize: megabytes * 1_000_000, allowsActiveMedia: activeMedia)
    }

    func buildDate() throws -> CalendarDate {
        switch BuildOptions.buildDate(argument: date) {
        case .success(let buildDate): return buildDate
        case .failure(let error): throw ValidationError(error.description)
        }
    }
}

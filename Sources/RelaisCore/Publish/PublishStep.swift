import Foundation

/// publish: prepares the staging folder beside the output before anything is written, and at the end swaps it
/// in place of the published site in one rename, only when no step reported an error.
struct PublishStep: BuildStep {
    let options: BuildOptions
    var name: Diagnostic.Step { .publish }

    private var publisher: Publisher { Publisher(output: options.outputPath) }
    private var location: SourceLocation { SourceLocation(file: options.outputPath) }

    /// A fresh staging folder, or why the output folder may not be written.
    func prepareStaging() -> StepOutcome<String> {
        if let refusal = publisher.refusal(protecting: [FileManager.default.currentDirectoryPath],
                                           sources: [options.contentPath, options.templatesPath]) {
            return StepOutcome(nil, [Diagnostic(step: .publish, at: location, refusal,
                                                hint: "Choisissez avec --output un dossier vide, ou un dossier déjà produit par Relais (il contient \(Publisher.marker)).")])
        }
        do {
            return StepOutcome(try publisher.makeStaging())
        } catch {
            return StepOutcome(nil, [Diagnostic(step: .write, at: location, "Le dossier de sortie n'a pas pu être préparé : \(SystemErrorText.french(error)).",
                                                hint: "Vérifiez les droits d'écriture à côté de « \(options.outputPath) ».")])
        }
    }

    func run(_ staging: String) async -> StepOutcome<String> {
        do {
            try publisher.publish(staging)
            return StepOutcome(options.outputPath)
        } catch let error as Publisher.CleanUpError {
            return StepOutcome(nil, [Diagnostic(step: .publish, at: location,
                                                "Le nouveau site est publié, mais l'ancien n'a pas pu être supprimé de « \(error.leftover) » : \(SystemErrorText.french(error.underlying)).",
                                                hint: "Supprimez ce dossier à la main une fois le problème réglé (droits, disque) ; la prochaine génération le fera sinon.")])
        } catch {
            publisher.discard(staging)
            return StepOutcome(nil, [Diagnostic(step: .publish, at: location, "Le site n'a pas pu être publié : \(SystemErrorText.french(error)).",
                                                hint: "Vérifiez les droits d'écriture sur « \(options.outputPath) » ; l'ancien site est resté en place.")])
        }
    }

    func discard(_ staging: String, keepingAsSpare: Bool = true) { publisher.discard(staging, keepingAsSpare: keepingAsSpare) }

    /// The stamp of the published site's marker: a new one at each publish, so a cache names the site it describes.
    var markerStamp: String? { BuildCache.stamp(of: publisher.target + "/" + Publisher.marker) }

    /// The site published now, if there is one, whose unchanged files the new one reuses.
    var publishedFolder: String? {
        let target = publisher.target
        return Publisher.isMarker(atPath: target + "/" + Publisher.marker) ? target : nil
    }

    func summary(of output: String) -> String { output }
}

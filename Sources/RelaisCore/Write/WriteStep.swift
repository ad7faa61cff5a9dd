/// write: puts rendered files into the staging folder, then the theme's assets and the content's media.
struct WriteStep: BuildStep {
    let writer: SiteWriter
    var name: Diagnostic.Step { .write }

    func run(_ outputs: [RenderedOutput]) async -> StepOutcome<Int> {
        let failures = await outputs.parallelMap { output -> Diagnostic? in
            do {
                try writer.write(output.bytes, toSitePath: output.path)
                return nil
            } catch {
                return Diagnostic(step: .write, at: SourceLocation(file: output.path),
                                  "Le fichier n'a pas pu être écrit : \(error.localizedDescription)",
                                  hint: "Vérifiez l'espace disque et les droits d'écriture à côté du dossier de sortie.")
            }
        }
        return StepOutcome(outputs.count, failures.compactMap { $0 })
    }

    func summary(of output: Int) -> String { "\(output) fichiers" }

    /// Theme assets and media, copied as they are.
    func copyStaticFiles(assets: Set<String>, templatesPath: String, media: [String], contentPath: String, outputPath: String) -> [Diagnostic] {
        do {
            try writer.copy(assets.sorted(), from: "\(templatesPath)/assets", to: "assets")
            try writer.copy(media, from: "\(contentPath)/media", to: "media")
            return []
        } catch {
            return [Diagnostic(step: .write, at: SourceLocation(file: outputPath),
                               "Les fichiers statiques n'ont pas pu être copiés : \(error.localizedDescription)",
                               hint: "Vérifiez que les fichiers de Templates/assets/ et de Content/media/ sont lisibles, et l'espace disque.")]
        }
    }
}

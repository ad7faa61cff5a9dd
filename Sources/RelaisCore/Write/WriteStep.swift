/// write: puts rendered files into the staging folder, then the theme's assets and the content's media.
struct WriteStep: BuildStep {
    let writer: SiteWriter
    var name: Diagnostic.Step { .write }

    /// How many files were written, and how many kept from the published site because they did not change.
    struct Counts: Sendable {
        var written = 0
        var kept = 0
    }

    func run(_ outputs: [RenderedOutput]) async -> StepOutcome<Counts> {
        let results = await outputs.parallelMap { output -> (SiteWriter.Outcome?, Diagnostic?) in
            do {
                return (try writer.write(output.bytes, toSitePath: output.path), nil)
            } catch {
                return (nil, Diagnostic(step: .write, at: SourceLocation(file: output.path),
                                        "Le fichier n'a pas pu être écrit : \(error.localizedDescription)",
                                        hint: "Vérifiez l'espace disque et les droits d'écriture à côté du dossier de sortie."))
            }
        }
        var counts = Counts()
        for (outcome, _) in results {
            switch outcome {
            case .written: counts.written += 1
            case .kept: counts.kept += 1
            case nil: break
            }
        }
        let failures = results.compactMap(\.1)
        return StepOutcome(counts, failures)
    }

    func summary(of output: Counts) -> String { "\(output.written) fichiers écrits, \(output.kept) inchangés" }

    /// Every folder of the site, made once before any file is written.
    func prepareFolders(for paths: [String]) -> [Diagnostic] {
        do {
            try writer.prepareFolders(for: paths)
            return []
        } catch {
            return [Diagnostic(step: .write, at: SourceLocation(file: writer.root), "Les dossiers du site n'ont pas pu être créés : \(error.localizedDescription)",
                               hint: "Vérifiez l'espace disque et les droits d'écriture à côté du dossier de sortie.")]
        }
    }

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

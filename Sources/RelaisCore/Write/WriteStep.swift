import RelaisFrench
/// write: puts rendered files into the staging folder, then the theme's assets and the content's media. A file the
/// published site already holds right is hard-linked from it. Run output by output by `OutputScheduler`.
struct WriteStep: NamedStep {
    let writer: SiteWriter
    var name: Diagnostic.Step { .write }

    /// How many files were written, and how many kept from the published site because they did not change.
    struct Counts: Sendable {
        var written = 0
        var kept = 0
    }

    /// Writes one file: what happened, its stamp in the site, or why it could not be written.
    func write(_ output: RenderedOutput) -> (SiteWriter.Outcome?, String?, Diagnostic?) {
        do {
            let outcome: SiteWriter.Outcome
            switch output.body {
            case .bytes(let bytes): outcome = try writer.write(bytes, toSitePath: output.path)
            case .stream(let make): outcome = try writer.write(streaming: make, toSitePath: output.path)
            case .unchanged: return (.kept, try writer.keep(sitePath: output.path), nil)
            }
            return (outcome, writer.stamp(ofSitePath: output.path), nil)
        } catch {
            return (nil, nil, Diagnostic(step: .write, at: SourceLocation(file: output.path),
                                         "Le fichier n'a pas pu être écrit : \(SystemErrorText.french(error)).",
                                         hint: "Vérifiez l'espace disque et les droits d'écriture à côté du dossier de sortie."))
        }
    }

    static func summary(of counts: Counts) -> String {
        FrenchPlural.count(counts.written, "fichier écrit", "fichiers écrits") + ", " + FrenchPlural.count(counts.kept, "inchangé")
    }

    /// The staging folder cleared of everything this build does not write (it may be an older site: the spare),
    /// then the folders that hold other folders made once, before any file is written (each page's own folder comes
    /// with its file: `SiteWriter.prepareFolders`).
    func prepareFolders(for paths: [String], staticFiles: [String]) -> [Diagnostic] {
        do {
            try writer.removeEverything(except: Set(paths.map(SiteURLs.outputFile(for:)) + staticFiles + [Publisher.marker]))
            try writer.prepareFolders(for: paths)
            return []
        } catch {
            return [Diagnostic(step: .write, at: SourceLocation(file: writer.root), "Les dossiers du site n'ont pas pu être créés : \(SystemErrorText.french(error)).",
                               hint: "Vérifiez l'espace disque et les droits d'écriture à côté du dossier de sortie.")]
        }
    }

    /// The site paths of the theme's assets and the content's media.
    static func staticFiles(assets: Set<String>, media: [String]) -> [String] {
        assets.map { "assets/\($0)" } + media.map { "media/\($0)" }
    }

    /// Theme assets and media, copied as they are; their stamps in the site, for the cache.
    func copyStaticFiles(assets: Set<String>, templatesPath: String, media: [String], contentPath: String,
                         outputPath: String) -> StepOutcome<[String: String]> {
        do {
            try writer.copy(assets.sorted(), from: "\(templatesPath)/assets", to: "assets")
            try writer.copy(media, from: "\(contentPath)/media", to: "media")
            let files = Self.staticFiles(assets: assets, media: media)
            return StepOutcome(Dictionary(files.map { ($0, BuildCache.stamp(of: "\(writer.root)/\($0)") ?? "?") }, uniquingKeysWith: { first, _ in first }))
        } catch {
            return StepOutcome(nil, [Diagnostic(step: .write, at: SourceLocation(file: outputPath),
                               "Les fichiers statiques n'ont pas pu être copiés : \(SystemErrorText.french(error)).",
                               hint: "Vérifiez que les fichiers de Templates/assets/ et de Content/media/ sont lisibles, et l'espace disque.")])
        }
    }
}

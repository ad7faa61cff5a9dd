import Foundation
import RelaisFrench

/// The whole build as a list of named steps: load → validate & resolve → render → emit → publish.
/// Each step reads only what the previous one returned; nothing is written outside the staging folder
/// until publish, which happens only when no step reported an error.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run(progress: @Sendable (BuildReport.StepTiming) -> Void = { _ in }) async -> BuildReport {
        var report = BuildReport()
        let clock = ContinuousClock()
        func timed<T>(_ step: String, _ work: () async -> T, summary: (T) -> String) async -> T {
            let start = clock.now
            let result = await work()
            let timing = BuildReport.StepTiming(step: step, seconds: (clock.now - start) / .seconds(1), summary: summary(result))
            report.timings.append(timing)
            progress(timing)
            return result
        }
        /// Whether the build must stop here: an error, or in strict mode any diagnostic.
        func stops(_ diagnostics: [Diagnostic]) -> Bool {
            diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
        }
        func finish(_ diagnostics: [Diagnostic]) -> BuildReport {
            var final = report
            var all = diagnostics
            if options.strict {
                all = all.map { var d = $0; d.severity = .error; return d }
            }
            // A template problem is found once per page that uses it: report it once.
            final.diagnostics = Array(Set(all)).sortedForReport()
            return final
        }

        // 1. load
        let loader = ContentLoader(root: options.contentPath, displayRoot: displayPath(options.contentPath), includeDrafts: options.includeDrafts)
        let (loaded, templates, loadDiagnostics) = await timed("load", {
            async let content = loader.load()
            let templates = TemplateSet.load(root: options.templatesPath, displayRoot: displayPath(options.templatesPath))
            let (set, contentDiagnostics) = await content
            return (set, templates.0, contentDiagnostics + templates.1)
        }, summary: { result in
            guard let content = result.0 else { return "contenu illisible" }
            return "\(content.aids.count) aides, \(content.events.count) événements, \(content.basins.count) bassins, \(content.programmes.count) programmes, \(content.news.count) actualités, \(content.pages.count) pages"
        })
        var diagnostics = loadDiagnostics
        guard var content = loaded, let templates, !stops(diagnostics) else { return finish(diagnostics) }
        if let baseURL = options.baseURL { content.site.baseURL = baseURL }

        // 2. validate & resolve
        let resolver = SiteResolver(buildDate: options.buildDate)
        let frozen = content
        let (graph, resolveDiagnostics) = await timed("validate", {
            let (graph, diagnostics) = resolver.resolve(frozen)
            return (graph, diagnostics + PagePlanner.checkFreePageIDs(frozen))
        }, summary: { "\($0.1.filter { $0.severity == .error }.count) erreurs" })
        diagnostics += resolveDiagnostics
        guard let graph, !stops(diagnostics) else { return finish(diagnostics) }

        // 3. render and 4. emit, page by page in parallel, into a staging folder.
        let publisher = Publisher(output: options.outputPath)
        var staging: String?
        if options.writesOutput {
            let protected = [options.contentPath, options.templatesPath, FileManager.default.currentDirectoryPath]
            if let refusal = publisher.refusal(protecting: protected) {
                diagnostics.append(Diagnostic(step: .publish, at: SourceLocation(file: options.outputPath, line: 1, column: 1), refusal,
                                              hint: "Choisissez avec --output un dossier vide, ou un dossier déjà produit par Relais (il contient \(Publisher.marker))."))
                return finish(diagnostics)
            }
            do {
                staging = try publisher.makeStaging()
            } catch {
                diagnostics.append(Diagnostic(step: .emit, at: SourceLocation(file: options.outputPath, line: 1, column: 1),
                                              "Le dossier de sortie n'a pas pu être préparé : \(error.localizedDescription)",
                                              hint: "Vérifiez les droits d'écriture à côté de « \(options.outputPath) »."))
                return finish(diagnostics)
            }
        }
        let jobs = PagePlanner.plan(graph)
        let files = SiteFiles(pages: Set(jobs.map(\.path)), media: Set(graph.content.mediaFiles), assets: templates.assetFiles)
        diagnostics += files.brokenLinks(in: graph.content)
        let presentation = await Presentation.prepared(graph: graph, reservedIds: templates.reservedIds, files: files)
        let writer = staging.map { SiteWriter(root: $0) }
        let renderDiagnostics = await timed("render", {
            await PageRenderer(templates: templates, presentation: presentation, writer: writer).renderAll(jobs)
        }, summary: { _ in "\(jobs.count) pages" })
        diagnostics += renderDiagnostics
        report.pageCount = jobs.count

        if let staging, let writer {
            let assetDiagnostics = await timed("emit", {
                copyAssets(writer: writer, content: graph.content, assets: templates.assetFiles)
            }, summary: { _ in "\(graph.content.mediaFiles.count) médias" })
            diagnostics += assetDiagnostics
            // 5. publish
            if stops(diagnostics) {
                publisher.discard(staging)
            } else {
                let published = await timed("publish", {
                    do {
                        try publisher.publish(staging)
                        return [Diagnostic]()
                    } catch {
                        publisher.discard(staging)
                        return [Diagnostic(step: .publish, at: SourceLocation(file: options.outputPath, line: 1, column: 1),
                                           "Le site n'a pas pu être publié : \(error.localizedDescription)",
                                           hint: "Vérifiez les droits d'écriture sur « \(options.outputPath) » ; l'ancien site est resté en place.")]
                    }
                }, summary: { $0.isEmpty ? options.outputPath : "échec" })
                diagnostics += published
                report.published = published.isEmpty
            }
        }
        return finish(diagnostics)
    }

    private func copyAssets(writer: SiteWriter, content: ContentSet, assets: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        do {
            try writer.copy(assets.sorted(), from: "\(options.templatesPath)/assets", to: "assets")
            try writer.copy(content.mediaFiles, from: "\(options.contentPath)/media", to: "media")
        } catch {
            diagnostics.append(Diagnostic(step: .emit, at: SourceLocation(file: options.outputPath, line: 1, column: 1),
                                          "Les fichiers statiques n'ont pas pu être copiés : \(error.localizedDescription)",
                                          hint: "Vérifiez que les fichiers de Templates/assets/ et de Content/media/ sont lisibles, et l'espace disque."))
        }
        return diagnostics
    }

    /// Paths in messages are shown as given, without a trailing slash.
    private func displayPath(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}

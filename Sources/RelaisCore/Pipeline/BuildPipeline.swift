import Foundation
import RelaisFrench

/// The whole build as a list of named steps: load → validate & resolve → plan → render → write → publish.
/// Each step reads only what the previous one returned. Every check happens before render; nothing is written
/// outside the staging folder until publish, which happens only when no step reported an error.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run(progress: @escaping @Sendable (BuildReport.StepTiming) -> Void = { _ in }) async -> BuildReport {
        var run = PipelineRun(strict: options.strict, progress: progress)
        // Declared first: the values it holds are freed after everything else of this build, on another thread.
        let late = LateRelease()
        defer { late.release() }
        let publish = PublishStep(options: options)
        // What the last build read and wrote, if it describes the site in place; stamped before anything is read,
        // so that a file changed during this build makes the next one look again.
        // Both at once: reading the manifest of a large site and walking its content folders each take a core.
        let (cache, inputStamp) = bothAtOnce({ [options, publish] in
            options.writesOutput && options.usesCache ? BuildCache.load(options: options, siteMarker: publish.markerStamp) : nil
        }, { [options] in options.writesOutput ? InputStamp.make(options: options) : "" })
        late.hold(cache)
        if let cache, cache.inputStamp == inputStamp, let published = publish.publishedFolder, cache.describes(published) {
            return run.upToDate(cache)
        }

        let memo = MarkdownMemo.Made()
        let loadCache = options.writesOutput ? LoadCache(folder: BuildCache.folder(for: options), reads: options.usesCache, includeDrafts: options.includeDrafts) : nil
        guard let (planned, recordFingerprints) = await planned(&run, loadCache: loadCache, keepingMarkdownIn: memo) else { return run.finish() }
        late.hold((planned, recordFingerprints, memo, loadCache))
        run.report.pageCount = planned.plan.outputs.filter(\.isPage).count
        // `relais check` stops here: it renders and writes nothing. A build that writes fingerprinted the record.
        guard options.writesOutput, let recordFingerprints else { return run.finish() }

        guard let staging = run.absorb(publish.prepareStaging()) else { return run.finish() }
        // The Markdown memo and the loaded aids' cache are keyed by what each entry was made from: right whatever
        // becomes of this build, so saved while it renders. Without them the next build renders every Markdown
        // text and parses every aid again: never a reason to fail this one.
        let cacheFolder = BuildCache.folder(for: options)
        let savingCaches = BackgroundWork { [memo, loadCache] in
            try? memo.save(to: MarkdownMemo.file(in: cacheFolder), format: MarkdownMemo.format)
            try? loadCache?.save(in: cacheFolder)
        }
        // Deciding what to make again and the cards many pages share are render's own preparation: timed with it.
        let preparing = ContinuousClock.now
        let fingerprints = recordFingerprints.adding(plan: planned.plan)
        late.hold(fingerprints)
        let templateFingerprints = planned.templates.fingerprints
        let reuse = cache.flatMap { cache in
            publish.publishedFolder.map { OutputReuse(cache: cache, fingerprints: fingerprints, templateFingerprints: templateFingerprints, published: $0) }
        }
        let fragments = FragmentSource(cacheFolder: BuildCache.folder(for: options), published: options.usesCache ? publish.publishedFolder : nil,
                                       fingerprints: fingerprints, basinCodes: FragmentSource.basinCodes(of: planned.record))
        let render = RenderStep(templates: planned.templates, presentation: await Presentation.prepared(record: planned.record, assets: planned.plan.theme.names),
                                reuse: reuse, fragments: fragments)
        run.add(seconds: (ContinuousClock.now - preparing) / .seconds(1), to: render.name)
        late.hold((reuse, render))
        let write = WriteStep(writer: SiteWriter(root: staging, previous: publish.publishedFolder))
        let outputs = planned.plan.outputs
        let templates = Dictionary(outputs.map { ($0.path, $0.template.flatMap { templateFingerprints[$0] }) }, uniquingKeysWith: { first, _ in first })
        var counts = WriteStep.Counts()
        var reused = 0
        var entries: [(path: String, template: String?, inputs: RecordedInputs, file: String)] = []
        var inputTable = InputTable()
        var pieces: [(path: String, stamp: String, fragments: FragmentReuse)] = []
        let prepared = run.absorb(StepOutcome((), write.prepareFolders(for: outputs.map(\.path),
            staticFiles: WriteStep.staticFiles(assets: planned.templates.assetFiles, media: planned.record.mediaFiles)))) != nil
        if prepared {
            let results: [OutputScheduler.Result]
            (results, inputTable) = await OutputScheduler(render: render, write: write).run(outputs)
            late.hold(results)
            var diagnostics: [Diagnostic] = []
            for result in results {
                diagnostics += result.diagnostics
                run.add(seconds: result.renderSeconds, to: render.name)
                run.add(seconds: result.writeSeconds, to: write.name)
                switch result.outcome {
                case .written: counts.written += 1
                case .kept: counts.kept += 1
                case nil: break
                }
                guard let output = result.made else { continue }
                if output.reused { reused += 1 }
                guard let file = result.stamp else { continue }
                if let fragments = result.fragments, !fragments.made.isEmpty { pieces.append((output.path, file, fragments)) }
                entries.append((output.path, templates[output.path] ?? nil, output.inputs, file))
            }
            if planned.record.texts.failedReads > 0 {
                // A text read back as nothing would be published so: only a file changed under the build does that.
                diagnostics.append(Diagnostic(step: .render, at: SourceLocation(file: BuildCache.folder(for: options)),
                    FrenchPlural.count(planned.record.texts.failedReads, "texte Markdown rendu n'a pas pu être relu",
                                       "textes Markdown rendus n'ont pas pu être relus") + " pendant la génération.",
                    hint: "Un fichier de .relais-cache/ ou du dossier temporaire a été modifié pendant la génération : relancez-la."))
            }
            run.absorb(StepOutcome((), diagnostics.sortedForReport()))
        }
        let staticFiles = run.absorb(write.copyStaticFiles(assets: planned.templates.assetFiles.subtracting(planned.plan.theme.names.keys), templatesPath: options.templatesPath,
                                                           media: planned.record.mediaFiles, contentPath: options.contentPath,
                                                           outputPath: options.outputPath))
        run.reportTotals(of: [render.name, write.name], summaries: [
            render.name: "\(FrenchPlural.count(outputs.count - reused, "fichier fait", "fichiers faits")) sur \(outputs.count) (\(FrenchPlural.count(run.report.pageCount, "page"))), les autres repris tels quels ; temps cumulé des cœurs",
            write.name: WriteStep.summary(of: counts) + ", " + FrenchPlural.count(planned.record.mediaFiles.count, "média")
                + ", " + FrenchPlural.count(planned.templates.assetFiles.count, "fichier de thème", "fichiers de thème"),
        ])
        guard !run.stops else {
            // A staging folder that could not be cleared (a folder it may not change) would fail the next build too.
            publish.discard(staging, keepingAsSpare: prepared)
            await savingCaches.finished()
            return run.finish()
        }
        run.report.published = await run.perform(publish, staging) != nil
        late.hold((entries, templates))
        if run.report.published, let marker = publish.markerStamp {
            let recorded = BuildCache.entries(entries, numberedIn: inputTable, fingerprints: fingerprints.values)
            let next = BuildCache(executable: InputStamp.executableStamp(), inputStamp: inputStamp, siteMarker: marker,
                                  siteFingerprint: fingerprints.site, pageCount: run.report.pageCount, diagnostics: run.diagnostics,
                                  inputs: recorded.inputs, outputs: recorded.outputs, staticFiles: staticFiles ?? [:])
            late.hold(next)
            // Without a cache the next build is only slower: never a reason to fail this one. A manifest left in
            // place describes the previous site, which is gone, so the next build will not trust it.
            for piece in pieces {
                // Without its index a piece is only made again: never a reason to fail the build.
                try? FragmentReuse.save(piece.fragments.made, salt: fragments.salt, fileStamp: piece.stamp,
                                        to: FragmentReuse.indexPath(of: piece.path, cacheFolder: BuildCache.folder(for: options)))
            }
            do { try next.save(options: options) } catch {
                run.report.notes.append("Le cache de génération (.relais-cache/) n'a pas pu être écrit : la prochaine génération refera tout. (\(SystemErrorText.french(error)))")
            }
        }
        await savingCaches.finished()
        return run.finish()
    }
}

extension BuildPipeline {
    /// load, validate & resolve, plan. The raw content is let go of on return: nothing after plan reads it.
    /// The Markdown rendered, reused from the last build or new, goes to `memo`, for the next build. A build that
    /// writes fingerprints the record before plan, whose search index takes the pages of unchanged items from the
    /// last build; the fingerprints are returned for render.
    func planned(_ run: inout PipelineRun, loadCache: LoadCache? = nil,
                 keepingMarkdownIn memo: MarkdownMemo.Made) async -> (PlannedSite, RecordFingerprints?)? {
        guard let resolved = await resolved(&run, loadCache: loadCache, keepingMarkdownIn: memo) else { return nil }
        guard options.writesOutput else {
            return await run.perform(PlanStep(makesSearchIndex: false), resolved).map { ($0, nil) }
        }
        // Deciding what to make again is render's own preparation: timed with it, as before plan needed it.
        let fingerprinting = ContinuousClock.now
        let fingerprints = await RecordFingerprints.make(resolved.record)
        run.add(seconds: (ContinuousClock.now - fingerprinting) / .seconds(1), to: .render)
        let folder = BuildCache.folder(for: options)
        let search = SearchCache(folder: folder, reads: options.usesCache, fingerprints: fingerprints)
        guard let planned = await run.perform(PlanStep(makesSearchIndex: true, searchCache: search), resolved) else { return nil }
        // Saved at once, not with the other caches after publish: its entries are keyed by what they were made
        // from, right whatever becomes of this build, and the counted terms of a whole site need not stay in memory.
        // Without it the next build reads every page again: never a reason to fail this one.
        try? search.save(in: folder)
        return (planned, fingerprints)
    }

    /// load, validate & resolve, in a function of its own: a local lives to the end of its scope, and the loaded
    /// content (every source text, ~70 MB at 10,000 aids) would otherwise stay through plan, the build's peak.
    private func resolved(_ run: inout PipelineRun, loadCache: LoadCache?, keepingMarkdownIn memo: MarkdownMemo.Made) async -> ResolvedSite? {
        guard let loaded = await run.perform(LoadStep(options: options, cache: loadCache), ()) else { return nil }
        // Read once the content loaded without error; let go of when validate returns.
        let validate = ValidateStep(buildDate: options.buildDate,
                                    memo: MarkdownMemo(folder: BuildCache.folder(for: options), reads: options.usesCache, keepingIn: memo,
                                                       keepsTexts: options.writesOutput))
        let resolved = await run.perform(validate, loaded)
        // Freeing every file as loaded held one core for some 20 ms at 10,000 aids while plan waited for it.
        LateRelease.releaseInBackground(consume loaded)
        return resolved
    }
}

/// The state of one run: diagnostics so far, timings, and whether the build must stop.
struct PipelineRun {
    let strict: Bool
    let progress: @Sendable (BuildReport.StepTiming) -> Void
    var report = BuildReport()
    var diagnostics: [Diagnostic] = []
    /// Seconds spent by the steps run output by output on several cores (render, write), summed, reported at the end.
    private var summedSeconds: [Diagnostic.Step: Double] = [:]
    private let clock = ContinuousClock()

    init(strict: Bool, progress: @escaping @Sendable (BuildReport.StepTiming) -> Void) {
        self.strict = strict
        self.progress = progress
    }

    /// An error, or in strict mode any diagnostic.
    var stops: Bool { diagnostics.hasErrors || (strict && !diagnostics.isEmpty) }

    /// Runs a step, times it, keeps its diagnostics; its output, unless the build must stop.
    mutating func perform<Step: BuildStep>(_ step: Step, _ input: Step.Input) async -> Step.Output? {
        let start = clock.now
        let outcome = await step.run(input)
        let seconds = (clock.now - start) / .seconds(1)
        if let output = outcome.output {
            let timing = BuildReport.StepTiming(step: step.name.rawValue, seconds: seconds, summary: step.summary(of: output))
            report.timings.append(timing)
            progress(timing)
        }
        return absorb(outcome)
    }

    @discardableResult
    mutating func absorb<Output>(_ outcome: StepOutcome<Output>) -> Output? {
        diagnostics += outcome.diagnostics
        return stops ? nil : outcome.output
    }

    /// Time spent by a step run output by output, on several cores: reported once, summed.
    mutating func add(seconds: Double, to step: Diagnostic.Step) {
        summedSeconds[step, default: 0] += seconds
    }

    mutating func reportTotals(of steps: [Diagnostic.Step], summaries: [Diagnostic.Step: String]) {
        for step in steps {
            let timing = BuildReport.StepTiming(step: step.rawValue, seconds: summedSeconds[step] ?? 0, summary: summaries[step] ?? "")
            report.timings.append(timing)
            progress(timing)
        }
    }

    /// Nothing was read or written: the site in place is the one these inputs make.
    mutating func upToDate(_ cache: BuildCache) -> BuildReport {
        let timing = BuildReport.StepTiming(step: "load", seconds: 0, summary: "rien n’a changé depuis la dernière génération : \(cache.outputs.count) fichiers à jour")
        report.timings.append(timing)
        progress(timing)
        diagnostics = cache.diagnostics
        report.pageCount = cache.pageCount
        report.published = true
        report.upToDate = true
        return finish()
    }

    func finish() -> BuildReport {
        var final = report
        var all = diagnostics
        if strict {
            all = all.map { var d = $0; d.severity = .error; return d }
        }
        // A template problem is found once per page that uses it: report it once.
        final.diagnostics = Array(Set(all)).sortedForReport()
        return final
    }
}

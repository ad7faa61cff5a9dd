import RelaisFrench
/// What plan returns: every output of the site, ready to render.
struct PlannedSite: Sendable {
    let record: SiteRecord
    let templates: TemplateSet
    let plan: SitePlan
}

/// plan: lists every output file (pages and artifacts) from the record, then checks what can only be checked
/// once the whole site is known: links to site paths and anchors, that two outputs never share a path, and that
/// every tag of a page's templates names a field of its view model.
struct PlanStep: BuildStep {
    /// `relais check` writes nothing: the search index, which no page links to, is not worked out for it.
    var makesSearchIndex = true
    /// The search pages the last build counted (a build with its cache).
    var searchCache: SearchCache? = nil
    var name: Diagnostic.Step { .plan }

    /// Every family of outputs, in the order they are rendered. Artifacts that list pages (the sitemap) come last.
    static func outputs(for record: SiteRecord) -> [PlannedOutput] {
        plan(record).outputs
    }

    /// The guide's listings are made once, here: its pages are planned from them and the cache fingerprints them.
    /// `assets`: the theme's stylesheet and scripts (TemplateSet.assetTexts), published under fingerprinted names.
    static func plan(_ record: SiteRecord, assets: [String: String] = [:], makesSearchIndex: Bool = true, searchCache: SearchCache? = nil) -> SitePlan {
        let listings = AidGuidePlanner.listings(record)
        let pages = PagePlanner.plan(record, guide: listings)
        // Timed apart: the search index has a time budget (≤ 1 s at 10,000 aids), shown in the step's summary.
        var search: (outputs: [PlannedOutput], fingerprints: [String: String]) = ([], [:])
        let cpuBefore = ProcessTimes.cpuSeconds()
        let searchTime = ContinuousClock().measure { if makesSearchIndex { search = SearchPlanner.plan(record, guide: listings, cache: searchCache) } }
        let searchCPU = ProcessTimes.cpuSeconds() - cpuBefore
        let theme = ThemeAssets(sources: assets, palette: record.site.palette)
        return SitePlan(outputs: pages + ArtifactPlanner.plan(record, pages: pages, search: search.outputs) + theme.outputs,
                        aidGuideFingerprint: AidGuidePlanner.fingerprint(of: listings), searchIndexTime: searchTime, searchIndexCPUSeconds: searchCPU,
                        searchFileCount: search.outputs.count, plannedFingerprints: search.fingerprints, theme: theme)
    }

    func run(_ input: ResolvedSite) async -> StepOutcome<PlannedSite> {
        let plan = Self.plan(input.record, assets: input.templates.assetTexts, makesSearchIndex: makesSearchIndex, searchCache: searchCache)
        let outputs = plan.outputs
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        // By index: taking each output out of the array copied it, retaining its closures and inputs.
        for index in outputs.indices where !seen.insert(outputs[index].path).inserted {
            diagnostics.append(Diagnostic(step: .plan, at: SourceLocation(file: outputs[index].path),
                                          "Deux fichiers du site auraient la même adresse « \(outputs[index].path) ».",
                                          hint: "Renommez l'un des deux contenus."))
        }
        let files = SiteFiles(pages: seen, media: Set(input.record.mediaFiles), assets: input.templates.assetFiles)
        let anchors = RecordBuilder.anchors(of: input.record, at: SiteFiles.anchoredPaths(input.siteLinks))
        diagnostics += files.brokenLinks(input.siteLinks, anchors: anchors, reservedIds: input.templates.reservedIds)
        diagnostics += Self.checkTemplates(of: outputs, with: input.templates)
        return StepOutcome(PlannedSite(record: input.record, templates: input.templates, plan: plan), diagnostics)
    }

    /// Each template once per view-model type it renders, not once per page.
    static func checkTemplates(of outputs: [PlannedOutput], with templates: TemplateSet) -> [Diagnostic] {
        var check = TemplateCheck(templates: templates)
        var seen: Set<PageModel> = []
        for output in outputs {
            guard case .page(let template, let model, _) = output.producer, seen.insert(PageModel(template: template, model: model)).inserted else { continue }
            check.check(template: template, with: model)
        }
        return check.diagnostics
    }

    private struct PageModel: Hashable {
        let template: String
        let model: ViewSchema
    }

    func summary(of output: PlannedSite) -> String {
        let pages = output.plan.outputs.filter(\.isPage).count
        let milliseconds = Int((output.plan.searchIndexTime / .milliseconds(1)).rounded())
        let files = FrenchPlural.count(pages, "page") + ", " + FrenchPlural.count(output.plan.outputs.count - pages, "fichier de données", "fichiers de données")
        guard makesSearchIndex else { return files }
        return files + " (index de recherche : \(FrenchPlural.count(output.plan.searchFileCount, "fichier")) en \(milliseconds) ms, \(Int((output.plan.searchIndexCPUSeconds * 1000).rounded())) ms de calcul)"
    }
}

/// What plan returns: every output of the site, ready to render.
struct PlannedSite: Sendable {
    let record: SiteRecord
    let templates: TemplateSet
    let plan: SitePlan
}

/// plan: lists every output file (pages and artifacts) from the record, then checks what can only be checked
/// once the whole site is known: links to site paths and anchors, and that two outputs never share a path.
struct PlanStep: BuildStep {
    var name: Diagnostic.Step { .plan }

    /// Every family of outputs, in the order they are rendered. Artifacts that list pages (the sitemap) come last.
    static func outputs(for record: SiteRecord) -> [PlannedOutput] {
        let pages = PagePlanner.plan(record)
        return pages + ArtifactPlanner.plan(record, pages: pages)
    }

    func run(_ input: ResolvedSite) async -> StepOutcome<PlannedSite> {
        let outputs = Self.outputs(for: input.record)
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for output in outputs where !seen.insert(output.path).inserted {
            diagnostics.append(Diagnostic(step: .plan, at: SourceLocation(file: output.path),
                                          "Deux fichiers du site auraient la même adresse « \(output.path) ».",
                                          hint: "Renommez l'un des deux contenus."))
        }
        let files = SiteFiles(pages: seen, media: Set(input.record.mediaFiles), assets: input.templates.assetFiles)
        let anchors = RecordBuilder.anchors(of: input.record).mapValues { $0.union(input.templates.reservedIds) }
        diagnostics += files.brokenLinks(input.siteLinks, anchors: anchors)
        return StepOutcome(PlannedSite(record: input.record, templates: input.templates, plan: SitePlan(outputs: outputs)), diagnostics)
    }

    func summary(of output: PlannedSite) -> String {
        let pages = output.plan.outputs.filter(\.isPage).count
        return "\(pages) pages, \(output.plan.outputs.count - pages) fichiers de données"
    }
}

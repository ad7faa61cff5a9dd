import RelaisFrench

/// What validate & resolve returns: the site record, and the links to site paths it found, checked by plan.
struct ResolvedSite: Sendable {
    let record: SiteRecord
    let templates: TemplateSet
    let siteLinks: [SiteLink]
}

/// validate & resolve: checks every cross reference, computes statuses and relations, renders the Markdown once,
/// and makes the site record. After this step nothing reads raw content.
struct ValidateStep: BuildStep {
    let buildDate: CalendarDate
    var name: Diagnostic.Step { .validate }

    func run(_ input: LoadedSite) async -> StepOutcome<ResolvedSite> {
        let (graph, graphDiagnostics) = SiteResolver(buildDate: buildDate).resolve(input.content)
        let diagnostics = graphDiagnostics + FreePageCheck.diagnostics(input.content)
        guard let graph, !diagnostics.hasErrors else { return StepOutcome(nil, diagnostics) }
        let (record, findings) = await RecordBuilder(graph: graph, reservedIds: input.templates.reservedIds).build()
        return StepOutcome(ResolvedSite(record: record, templates: input.templates, siteLinks: findings.siteLinks),
                           diagnostics + findings.diagnostics + NationalCodeCheck.diagnostics(content: input.content, record: record)
                               + ContentAgeCheck.diagnostics(graph))
    }

    func summary(of output: ResolvedSite) -> String {
        let open = output.record.aids.filter(\.status.isOpen).count
        return "\(open) aide\(open > 1 ? "s" : "") ouverte\(open > 1 ? "s" : "") au \(output.record.buildDate.iso)"
    }
}

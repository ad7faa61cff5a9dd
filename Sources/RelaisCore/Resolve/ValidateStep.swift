import RelaisFrench

/// What validate & resolve returns: the site record, and the links to site paths it found, checked by plan.
struct ResolvedSite: Sendable {
    let record: SiteRecord
    let templates: TemplateSet
    let siteLinks: [SiteLink]
    /// How many Markdown texts were taken from the last build's memo, and how many there are.
    var markdownCounts: (reused: Int, texts: Int)?
}

/// validate & resolve: checks every cross reference, computes statuses and relations, renders the Markdown once,
/// and makes the site record. After this step nothing reads raw content.
struct ValidateStep: BuildStep {
    let buildDate: CalendarDate
    /// The Markdown the last build rendered.
    var memo: MarkdownMemo?
    var name: Diagnostic.Step { .validate }

    func run(_ input: LoadedSite) async -> StepOutcome<ResolvedSite> {
        let (graph, graphDiagnostics) = SiteResolver(buildDate: buildDate).resolve(input.content)
        let diagnostics = graphDiagnostics + FreePageCheck.diagnostics(input.content)
        guard let graph, !diagnostics.hasErrors else { return StepOutcome(nil, diagnostics) }
        let (record, findings) = await RecordBuilder(graph: graph, reservedIds: input.templates.reservedIds, memo: memo).build()
        return StepOutcome(ResolvedSite(record: record, templates: input.templates, siteLinks: findings.siteLinks, markdownCounts: memo?.made.counts),
                           diagnostics + findings.diagnostics + NationalCodeCheck.diagnostics(content: input.content, record: record)
                               + ContentAgeCheck.diagnostics(graph))
    }

    func summary(of output: ResolvedSite) -> String {
        let open = output.record.aids.filter(\.status.isOpen).count
        let reuse = output.markdownCounts.map { counts in
            ", \(FrenchPlural.count(counts.reused, "texte Markdown repris", "textes Markdown repris")) de la génération précédente sur \(counts.texts)"
        }
        return FrenchPlural.count(open, "aide ouverte", "aides ouvertes") + " au \(output.record.buildDate.iso)" + (reuse ?? "")
    }
}

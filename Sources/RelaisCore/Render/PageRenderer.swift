/// The render step (and, when a writer is given, the emit of each page as soon as it is rendered, so that
/// memory holds a few pages at a time, not the site).
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let presentation: Presentation
    let writer: SiteWriter?

    func renderAll(_ jobs: [PageJob]) async -> [Diagnostic] {
        let results = await jobs.parallelMap { job in render(job) }
        return results.flatMap { $0 }
    }

    func render(_ job: PageJob) -> [Diagnostic] {
        var (viewModel, diagnostics) = job.build(presentation)
        let unresolved = UnresolvedTags()
        let rendered = UnresolvedTags.$current.withValue(unresolved) { templates.render(viewModel, with: job.template) }
        diagnostics += unresolved.sorted.map { templates.unknownTag($0, renderingWith: job.template) }
        guard let html = rendered else {
            return diagnostics + [Diagnostic(step: .render, at: SourceLocation(file: templates.paths[job.template] ?? job.template, line: 1, column: 1),
                                             "Le gabarit « \(job.template) » est introuvable pour la page \(job.path).",
                                             hint: "Créez ce gabarit dans le dossier des gabarits, ou reprenez celui fourni avec Relais.")]
        }
        guard let writer else { return diagnostics }
        do {
            try writer.write(html, toSitePath: job.path)
            return diagnostics
        } catch {
            return diagnostics + [Diagnostic(step: .emit, at: SourceLocation(file: job.path, line: 1, column: 1),
                                             "La page n'a pas pu être écrite : \(error.localizedDescription)",
                                             hint: "Vérifiez l'espace disque et les droits d'écriture à côté du dossier de sortie.")]
        }
    }
}

/// One output rendered to its bytes, ready to be written.
struct RenderedOutput: Sendable {
    let path: String
    let bytes: [UInt8]
}

/// render: turns planned outputs into bytes, on all cores. Pages go through their template with a view model
/// built from the record; artifacts through their format's writer. Nothing is written here.
struct RenderStep: BuildStep {
    let templates: TemplateSet
    let presentation: Presentation
    var name: Diagnostic.Step { .render }

    func run(_ outputs: [PlannedOutput]) async -> StepOutcome<[RenderedOutput]> {
        let results = await outputs.parallelMap { render($0) }
        return StepOutcome(results.compactMap(\.output), results.flatMap(\.diagnostics))
    }

    func summary(of output: [RenderedOutput]) -> String { "\(output.count) fichiers" }

    func render(_ output: PlannedOutput) -> StepOutcome<RenderedOutput> {
        switch output.producer {
        case .artifact(let write):
            return StepOutcome(RenderedOutput(path: output.path, bytes: Array(write(presentation.record.record).utf8)))
        case .page(let template, let build):
            let viewModel = build(presentation)
            let unresolved = UnresolvedTags()
            let rendered = UnresolvedTags.$current.withValue(unresolved) { templates.render(viewModel, with: template) }
            let diagnostics = unresolved.sorted.map { templates.unknownTag($0, renderingWith: template) }
            guard let html = rendered else {
                return StepOutcome(nil, diagnostics + [Diagnostic(step: .render, at: SourceLocation(file: templates.paths[template] ?? template, line: 1, column: 1),
                                                                 "Le gabarit « \(template) » est introuvable pour la page \(output.path).",
                                                                 hint: "Créez ce gabarit dans le dossier des gabarits, ou reprenez celui fourni avec Relais.")])
            }
            return StepOutcome(RenderedOutput(path: output.path, bytes: Array(html.utf8)), diagnostics)
        }
    }
}

/// One output rendered to its bytes, ready to be written.
struct RenderedOutput: Sendable {
    let path: String
    let bytes: [UInt8]
}

/// render: turns planned outputs into bytes, on all cores. Pages go through their template with a view model
/// built from the record (their tags were checked against it by plan); artifacts through their format's writer.
/// Nothing is written here.
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
            return StepOutcome(RenderedOutput(path: output.path, bytes: Array(write(presentation.record).utf8)))
        case .page(let template, _, let build):
            // The plan and the presentation read the same record: the item a page was planned for is there.
            guard let viewModel = build(presentation) else {
                return StepOutcome(nil, [Diagnostic(step: .render, at: SourceLocation(file: output.path),
                                                    "La page \(output.path) n'a plus de contenu dans le site.",
                                                    hint: "Signalez ce problème de Relais : la page a été prévue pour un contenu qu'il ne retrouve pas.")])
            }
            guard let html = templates.render(viewModel, with: template) else {
                return StepOutcome(nil, [Diagnostic(step: .render, at: SourceLocation(file: templates.paths[template] ?? template, line: 1, column: 1),
                                                    "Le gabarit « \(template) » est introuvable pour la page \(output.path).",
                                                    hint: "Créez ce gabarit dans le dossier des gabarits, ou reprenez celui fourni avec Relais.")])
            }
            return StepOutcome(RenderedOutput(path: output.path, bytes: Array(html.utf8)))
        }
    }
}

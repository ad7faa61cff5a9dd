import RelaisFrench
/// What the load step read: the typed content and the checked templates.
struct LoadedSite: Sendable {
    let content: ContentSet
    let templates: TemplateSet
}

/// load: walks `Content/`, reads every file into typed models, and loads and checks the templates.
struct LoadStep: BuildStep {
    let options: BuildOptions
    /// The files the last build loaded; what this one loads goes to it too.
    var cache: LoadCache?
    var name: Diagnostic.Step { .load }

    func run(_ input: Void) async -> StepOutcome<LoadedSite> {
        var loader = ContentLoader(root: options.contentPath, displayRoot: BuildOptions.displayPath(options.contentPath),
                                   includeDrafts: options.includeDrafts, maxFileSize: options.maxFileSize,
                                   allowsActiveMedia: options.allowsActiveMedia)
        loader.cache = cache
        loader.placesBodies = options.writesOutput
        async let loaded = loader.load()
        let (templates, templateDiagnostics) = TemplateSet.load(root: options.templatesPath, displayRoot: BuildOptions.displayPath(options.templatesPath))
        var (content, diagnostics) = await loaded
        diagnostics += templateDiagnostics
        // Programs may set the option without going through the command line: the same rule applies.
        if let baseURL = options.baseURL {
            if let problem = BaseURL.problem(baseURL) {
                diagnostics.append(Diagnostic(step: .load, at: SourceLocation(file: "--base-url"), problem, hint: BaseURL.hint))
            } else {
                content?.site.baseURL = baseURL
            }
        }
        guard let content, let templates else { return StepOutcome(nil, diagnostics) }
        return StepOutcome(LoadedSite(content: content, templates: templates), diagnostics)
    }

    func summary(of output: LoadedSite) -> String {
        let content = output.content
        return [FrenchPlural.count(content.aids.count, "aide"), FrenchPlural.count(content.events.count, "événement"),
                FrenchPlural.count(content.basins.count, "bassin"), FrenchPlural.count(content.programmes.count, "programme"),
                FrenchPlural.count(content.news.count, "actualité"), FrenchPlural.count(content.pages.count, "page")].joined(separator: ", ")
    }
}

import RelaisCore

/// Builds the preview through the normal pipeline (so the incremental cache applies) and remembers how the last
/// build went: the pages it wrote, or the diagnostics to show instead.
actor PreviewBuilder {
    enum State: Sendable {
        case starting
        case ready
        case failed([Diagnostic])
    }

    private(set) var state: State = .starting
    /// Counts finished builds; a page carries the number it was served at, so a late tab knows it missed one.
    private(set) var generation = 0
    let options: BuildOptions

    init(options: BuildOptions) {
        self.options = options
    }

    func build() async -> BuildReport {
        let report = await BuildPipeline(options: options).run()
        state = report.succeeded ? .ready : .failed(report.diagnostics)
        generation += 1
        return report
    }

    var snapshot: (state: State, generation: Int) { (state, generation) }
}

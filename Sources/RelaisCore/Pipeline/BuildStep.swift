/// A step of the build, as a value: its name is both its progress line and the `step` of every diagnostic it reports.
protocol NamedStep: Sendable {
    var name: Diagnostic.Step { get }
}

/// A step run once on what the previous step returned: load, validate, plan, publish. Render and write run
/// output by output instead (`OutputScheduler`), so that memory holds the outputs in flight, not the site.
protocol BuildStep: NamedStep {
    associatedtype Input: Sendable
    associatedtype Output: Sendable
    /// The output, or nil when the step could not produce one; problems either way.
    func run(_ input: Input) async -> StepOutcome<Output>
    /// What the step did, in a few French words for its progress line ("9 aides, 1 événement…").
    func summary(of output: Output) -> String
}

struct StepOutcome<Output: Sendable>: Sendable {
    var output: Output?
    var diagnostics: [Diagnostic]

    init(_ output: Output?, _ diagnostics: [Diagnostic] = []) {
        self.output = output
        self.diagnostics = diagnostics
    }
}

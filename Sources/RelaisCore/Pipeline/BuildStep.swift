/// One step of the build, as a value: what it reads, what it returns, and its name, which is both its progress
/// line and the `step` of every diagnostic it reports.
protocol BuildStep: Sendable {
    associatedtype Input: Sendable
    associatedtype Output: Sendable
    var name: Diagnostic.Step { get }
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

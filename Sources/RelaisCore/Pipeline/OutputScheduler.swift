import Foundation

/// Runs render then write for every planned output on all cores, each worker taking the next output as soon as it
/// is free: one list page of 10,000 cards or the 10,000-row CSV never holds the other core idle behind a batch.
/// Outputs that read every item of a kind go first, so the longest ones never end the build alone. Memory holds
/// the outputs in flight, never the site.
struct OutputScheduler: Sendable {
    let render: RenderStep
    let write: WriteStep

    /// What became of one output: its bytes are written and gone, only what the cache needs is kept.
    struct Result: Sendable {
        /// What the output read, and whether the published file was kept as it was; nil when it failed.
        let made: Made?
        let outcome: SiteWriter.Outcome?
        let stamp: String?
        /// The pieces of a large artifact, to index for the next build.
        let fragments: FragmentReuse?
        let diagnostics: [Diagnostic]
        let renderSeconds: Double
        let writeSeconds: Double

        func numberingInputs(in table: inout InputTable) -> Result {
            Result(made: made?.numberingInputs(in: &table), outcome: outcome, stamp: stamp, fragments: fragments,
                   diagnostics: diagnostics, renderSeconds: renderSeconds, writeSeconds: writeSeconds)
        }
    }

    struct Made: Sendable {
        let path: String
        let inputs: RecordedInputs
        /// Not rendered again: the published file was still right.
        let reused: Bool

        func numberingInputs(in table: inout InputTable) -> Made {
            Made(path: path, inputs: inputs.numbered(in: &table), reused: reused)
        }
    }

    static func order(_ outputs: [PlannedOutput]) -> [PlannedOutput] {
        func heavy(_ output: PlannedOutput) -> Bool {
            !output.isPage || output.inputs.contains { if case .every = $0 { true } else { false } }
        }
        return outputs.filter(heavy) + outputs.filter { !heavy($0) }
    }

    /// The results, their inputs numbered in the table returned with them as each output is done.
    func run(_ outputs: [PlannedOutput]) async -> ([Result], InputTable) {
        let ordered = Self.order(outputs)
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        return await withTaskGroup(of: Result.self, returning: ([Result], InputTable).self) { group in
            var next = 0
            var results: [Result] = []
            var table = InputTable()
            results.reserveCapacity(ordered.count)
            func start() {
                guard next < ordered.count else { return }
                let output = ordered[next]
                next += 1
                group.addTask { self.make(output) }
            }
            for _ in 0..<width { start() }
            for await result in group {
                results.append(result.numberingInputs(in: &table))
                start()
            }
            return (results, table)
        }
    }

    func make(_ output: PlannedOutput) -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        let rendered = render.render(output)
        let renderSeconds = (clock.now - started) / .seconds(1)
        guard let made = rendered.output else {
            return Result(made: nil, outcome: nil, stamp: nil, fragments: nil, diagnostics: rendered.diagnostics, renderSeconds: renderSeconds, writeSeconds: 0)
        }
        let writing = clock.now
        let (outcome, stamp, failure) = write.write(made)
        let kept: Bool = if case .unchanged = made.body { true } else { false }
        return Result(made: Made(path: made.path, inputs: made.inputs, reused: kept), outcome: outcome, stamp: stamp,
                      fragments: made.fragments, diagnostics: rendered.diagnostics + [failure].compactMap { $0 },
                      renderSeconds: renderSeconds, writeSeconds: (clock.now - writing) / .seconds(1))
    }
}

/// The diagnostics gathered while one file (or one step) is processed.
///
/// A reference type so that nested readers append to the same list; each instance is confined to one task
/// and merged into the build's sorted list at the end of a step.
final class DiagnosticLog {
    private(set) var entries: [Diagnostic] = []
    let step: Diagnostic.Step

    init(step: Diagnostic.Step) {
        self.step = step
    }

    var hasErrors: Bool { entries.contains { $0.severity == .error } }

    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        entries.append(Diagnostic(.error, step: step, at: location, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        entries.append(Diagnostic(.warning, step: step, at: location, message, hint: hint))
    }

    func append(contentsOf other: [Diagnostic]) {
        entries.append(contentsOf: other)
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file and position, so a run prints them in a stable order whatever the concurrency.
    func sortedForReport() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.message != b.message { return a.message < b.message }
            return (a.severity.rawValue, a.step.rawValue, a.hint ?? "") < (b.severity.rawValue, b.step.rawValue, b.hint ?? "")
        }
    }

    var hasErrors: Bool { contains { $0.severity == .error } }
}

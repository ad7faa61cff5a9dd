/// The diagnostics gathered while one file (or one step) is processed.
///
/// A reference type so that nested readers append to the same list; each instance is confined to one task
/// and merged into the build's sorted list at the end of a step.
///
/// At most `maxPerFile` are kept for one file, then a single line counts the rest: a file of 200 000 unknown
/// keys or links must not cost 200 000 suggestions, sorts and printed lines (readers ask `isFull` to skip the work).
final class DiagnosticLog {
    static let maxPerFile = 100

    private var kept: [Diagnostic] = []
    private var counts: [String: Int] = [:]
    /// Diagnostics left out per file: how many, whether one of them was an error, where the first one was.
    private var skipped: [String: (count: Int, hasError: Bool, first: SourceLocation)] = [:]
    let step: Diagnostic.Step

    init(step: Diagnostic.Step) {
        self.step = step
    }

    /// What was kept, then one line per file with diagnostics left out.
    var entries: [Diagnostic] {
        kept + skipped.keys.sorted().compactMap { file in
            skipped[file].map { Self.summary(at: $0.first, count: $0.count, hasError: $0.hasError, step: step) }
        }
    }

    var hasErrors: Bool { kept.contains { $0.severity == .error } }

    /// True once a file has its share of diagnostics: further ones are only counted.
    func isFull(_ file: String) -> Bool { counts[file, default: 0] >= Self.maxPerFile }

    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(Diagnostic(.error, step: step, at: location, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(Diagnostic(.warning, step: step, at: location, message, hint: hint))
    }

    /// Counts a diagnostic that a full file no longer gets written out.
    func skip(_ location: SourceLocation, severity: Diagnostic.Severity) {
        let previous = skipped[location.file] ?? (0, false, location)
        skipped[location.file] = (previous.count + 1, previous.hasError || severity == .error, previous.first)
    }

    /// Diagnostics of other logs (one per file), each already within its share: kept as they are, summary included.
    func append(contentsOf other: [Diagnostic]) {
        kept.append(contentsOf: other)
    }

    private func add(_ diagnostic: Diagnostic) {
        let file = diagnostic.location.file
        guard !isFull(file) else { return skip(diagnostic.location, severity: diagnostic.severity) }
        counts[file, default: 0] += 1
        kept.append(diagnostic)
    }

    /// Placed at the first problem left out, where reading should resume once the first ones are mended.
    static func summary(at location: SourceLocation, count: Int, hasError: Bool, step: Diagnostic.Step) -> Diagnostic {
        Diagnostic(hasError ? .error : .warning, step: step, at: location,
                   "Ce problème et \(count - 1) autre\(count > 2 ? "s" : "") de ce fichier ne sont pas affichés, au-delà des \(maxPerFile) premiers.",
                   hint: "Corrigez d'abord les \(maxPerFile) premiers : les suivants viennent souvent de la même cause.")
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

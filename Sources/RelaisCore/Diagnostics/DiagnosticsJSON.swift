import Foundation

/// `relais check --format json`: every diagnostic with its place, then the counts, keys sorted.
struct DiagnosticsJSON: Encodable {
    struct Entry: Encodable {
        let severity: String
        let step: String
        let file: String
        let line: Int
        let column: Int
        let message: String
        let hint: String?
    }

    let diagnostics: [Entry]
    let errors: Int
    let warnings: Int

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.map {
            Entry(severity: $0.severity.rawValue, step: $0.step.rawValue, file: $0.location.file, line: $0.location.line,
                  column: $0.location.column, message: $0.message, hint: $0.hint)
        }
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.count - errors
    }

    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail; an empty object would still be valid JSON.
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "{}"
    }
}

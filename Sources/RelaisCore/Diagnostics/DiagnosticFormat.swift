import Foundation

/// How `relais check` prints what it found: for a person (`text`), for a program (`json`), or as GitHub Actions
/// workflow commands (`github`) that CI shows on the lines of the diff.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github

    /// Everything to print for these diagnostics, ending with a line break (empty for no diagnostics in text and github).
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            guard !diagnostics.isEmpty else { return "" }
            return diagnostics.map(\.formatted).joined(separator: "\n") + "\n" + Self.countSentence(diagnostics) + "\n"
        case .github:
            return diagnostics.map { GitHubAnnotation($0).line + "\n" }.joined()
        case .json:
            return DiagnosticsJSON(diagnostics).text + "\n"
        }
    }

    /// "2 erreurs, 1 avertissement."
    public static func countSentence(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) erreur\(errors > 1 ? "s" : ""), \(warnings) avertissement\(warnings > 1 ? "s" : "")."
    }
}

extension BuildReport {
    /// "2 erreurs, 1 avertissement."
    public var countSentence: String { DiagnosticFormat.countSentence(diagnostics) }
}

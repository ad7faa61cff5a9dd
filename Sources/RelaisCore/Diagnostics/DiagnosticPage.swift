/// The page `relais serve` shows instead of the site while the content has errors: each diagnostic with its file,
/// line, column, message and hint. Every value goes through `HTML.text`, control characters shown escaped.
public enum DiagnosticPage {
    public static func html(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Le site n’a pas pu être généré</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1e1e1e; }
            h1 { color: #a4000f; font-size: 1.5rem; }
            li { margin-bottom: 1rem; list-style: none; border-left: 4px solid #a4000f; padding-left: .75rem; }
            li.warning { border-color: #b35c00; }
            code { font-size: .95rem; background: #f2f2f2; padding: .1rem .3rem; }
            .hint { color: #3a3a3a; }
            </style>
            </head>
            <body>
            <main>
            <h1>Le site n’a pas pu être généré</h1>

            """
        html += "<p>\(HTML.text(DiagnosticFormat.countSentence(diagnostics))) "
        html += errors > 0 ? "Corrigez puis enregistrez : la page se rechargera d’elle-même.</p>\n" : "</p>\n"
        html += "<ol>\n"
        for diagnostic in diagnostics {
            let location = diagnostic.location
            html += "<li class=\"\(diagnostic.severity.rawValue)\"><p><code>\(text(location.file)):\(location.line):\(location.column)</code> "
            html += "<strong>\(HTML.text(diagnostic.severity.label))</strong> : \(text(diagnostic.message))</p>"
            if let hint = diagnostic.hint { html += "<p class=\"hint\">Aide : \(text(hint))</p>" }
            html += "</li>\n"
        }
        html += "</ol>\n</main>\n</body>\n</html>\n"
        return html
    }

    private static func text(_ value: String) -> String { HTML.text(TerminalText.escaped(value)) }
}

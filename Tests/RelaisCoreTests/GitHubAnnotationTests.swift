import RelaisCore
import Testing

/// Workflow commands escape what would end the command or start another: a value of the content cannot.
@Suite("GitHub annotations")
struct GitHubAnnotationTests {
    @Test func dataAndPropertiesAreEscaped() {
        let diagnostic = Diagnostic(.warning, step: .load, at: SourceLocation(file: "Content/a,b:c.md", line: 4, column: 2),
                                    "100 % « x »\r\n::error::faux", hint: "Corrigez.")
        #expect(GitHubAnnotation(diagnostic).line == "::warning file=Content/a%2Cb%3Ac.md,line=4,col=2::100 %25 « x »\\r\\n::error::faux%0Aaide : Corrigez.")
    }

    @Test func escapeSequencesAreShownEscaped() {
        let diagnostic = Diagnostic(step: .load, at: SourceLocation(file: "Content/a.md", line: 1, column: 1), "« a\u{1B}[2Jb »")
        #expect(GitHubAnnotation(diagnostic).line == "::error file=Content/a.md,line=1,col=1::« a\\e[2Jb »")
    }

    @Test func textFormatEndsWithTheCounts() {
        let diagnostic = Diagnostic(step: .validate, at: SourceLocation(file: "Content/a.md", line: 1, column: 1), "Faux.")
        #expect(DiagnosticFormat.text.render([diagnostic]) == "Content/a.md:1:1: erreur : Faux.\n1 erreur, 0 avertissement.\n")
        #expect(DiagnosticFormat.github.render([]) == "")
    }
}

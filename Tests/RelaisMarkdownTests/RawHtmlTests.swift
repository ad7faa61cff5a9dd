import Testing
@testable import RelaisMarkdown

@Suite struct RawHtmlTests {
    let markdown = "<script>alert(1)</script>\n\nTexte <b onclick=x>gras</b>.\n"

    @Test func omittedInSafeMode() {
        let result = MarkdownRenderer().render(markdown)
        #expect(result.html == """
            <!-- raw HTML omitted -->
            <p>Texte <!-- raw HTML omitted -->gras<!-- raw HTML omitted -->.</p>

            """)
        #expect(!result.html.contains("<script"))
        #expect(!result.html.contains("onclick"))
    }

    /// Allowed elements are kept; scripts go with their content, event handlers with their values.
    @Test func keptWhenAllowedButFiltered() {
        let result = MarkdownRenderer(options: .init(allowRawHtml: true)).render(markdown)
        #expect(result.html == """

            <p>Texte <b>gras</b>.</p>

            """)
    }

    @Test func rawHtmlIsNotPlainText() {
        let result = MarkdownRenderer(options: .init(allowRawHtml: true)).render(markdown)
        #expect(result.plainText == "Texte gras.")
    }
}

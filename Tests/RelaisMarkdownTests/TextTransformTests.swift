import Testing
@testable import RelaisMarkdown

@Suite struct TextTransformTests {
    /// A stand-in for French typography: no-break spaces before ":" and "!".
    static let french: @Sendable (String) -> String = {
        $0.replacing(" :", with: "\u{A0}:").replacing(" !", with: "\u{202F}!")
    }

    @Test func onlyTextNodesAreTransformed() {
        let markdown = """
            Paragraphe a : b et `a : b` en ligne, [lien a : b](https://exemple.fr/a%20:%20b "titre a : b").

            ```
            a : b
            ```

                a : b

            """
        let result = MarkdownRenderer(textTransform: Self.french).render(markdown)
        #expect(result.html == """
            <p>Paragraphe a\u{A0}: b et <code>a : b</code> en ligne, \
            <a href="https://exemple.fr/a%20:%20b" title="titre a : b">lien a\u{A0}: b</a>.</p>
            <pre><code>a : b
            </code></pre>
            <pre><code>a : b
            </code></pre>

            """)
        #expect(result.links.first?.destination == "https://exemple.fr/a%20:%20b")
    }

    @Test func textSplitByCmarkIsWholeForTheTransform() {
        // The inline parser stops at "!" (it may start an image) and at escapes and entities; the
        // pieces must reach the transform as one text node.
        let result = MarkdownRenderer(textTransform: Self.french).render("Bonjour ! Ça va ?\n\nA \\* b ! &amp; c : d\n")
        #expect(result.html == "<p>Bonjour\u{202F}! Ça va ?</p>\n<p>A * b\u{202F}! &amp; c\u{A0}: d</p>\n")
    }

    @Test func rawHtmlIsNotTransformed() {
        let renderer = MarkdownRenderer(options: .init(allowRawHtml: true), textTransform: Self.french)
        let result = renderer.render("<div title=\"a : b\">\n\na : b\n\n</div>\n\nx <span title=\"a : b\">a : b</span>\n")
        #expect(result.html == """
            <div title="a : b">
            <p>a\u{A0}: b</p>
            </div>
            <p>x <span title="a : b">a\u{A0}: b</span></p>

            """)
    }

    @Test func transformOutputIsEscaped() {
        let result = MarkdownRenderer(textTransform: { $0 + "<b>&" }).render("x\n")
        #expect(result.html == "<p>x&lt;b&gt;&amp;</p>\n")
    }

    @Test func imageAltTextIsTextToo() {
        let result = MarkdownRenderer(textTransform: Self.french).render("![Carte : région](c.png)\n")
        #expect(result.html == "<p><img src=\"c.png\" alt=\"Carte\u{A0}: région\" /></p>\n")
    }

    @Test func smartPunctuation() {
        let plain = MarkdownRenderer().render("\"Oui\" -- l'emploi...\n")
        #expect(plain.html == "<p>&quot;Oui&quot; -- l'emploi...</p>\n")
        let smart = MarkdownRenderer(options: .init(smartPunctuation: true)).render("\"Oui\" -- l'emploi... `l'code`\n")
        #expect(smart.html == "<p>“Oui” – l’emploi… <code>l'code</code></p>\n")
    }
}

@Suite struct TextTransformNormalizationTests {
    @Test func aTransformThatOnlyChangesNormalizationIsApplied() {
        // "é" decomposed in the source, composed by the transform: equal as Strings, not as bytes.
        let result = MarkdownRenderer(textTransform: { $0.replacing("e\u{301}", with: "\u{E9}") })
            .render("Cafe\u{301}\n")
        #expect(Array(result.html.utf8) == Array("<p>Caf\u{E9}</p>\n".utf8))
    }
}

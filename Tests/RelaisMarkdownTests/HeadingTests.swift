import Testing
@testable import RelaisMarkdown

@Suite struct HeadingTests {
    @Test func topMostHeadingRendersAtBaseLevelAndGapsClose() {
        let result = MarkdownRenderer().render("# Un\n\n### Deux\n\n### Trois\n\n#### Quatre\n\n# Cinq\n")
        #expect(result.html == """
            <h2 id="un">Un</h2>
            <h3 id="deux">Deux</h3>
            <h3 id="trois">Trois</h3>
            <h4 id="quatre">Quatre</h4>
            <h2 id="cinq">Cinq</h2>

            """)
        #expect(result.headings == [
            MarkdownHeading(level: 2, text: "Un", id: "un"),
            MarkdownHeading(level: 3, text: "Deux", id: "deux"),
            MarkdownHeading(level: 3, text: "Trois", id: "trois"),
            MarkdownHeading(level: 4, text: "Quatre", id: "quatre"),
            MarkdownHeading(level: 2, text: "Cinq", id: "cinq"),
        ])
    }

    @Test func documentStartingDeeperThanItsTopMostLevel() {
        // The first heading has no parent in the document: it sits right below the page's h1.
        let result = MarkdownRenderer().render("### A\n\n## B\n\n### C\n")
        #expect(result.headings.map(\.level) == [2, 2, 3])
    }

    @Test func onlyHeadings() {
        // The last one is a setext heading, level 2.
        let result = MarkdownRenderer().render("## Échanges et tables rondes\n### Œuvre\nL’emploi\n---\n")
        #expect(result.html == """
            <h2 id="echanges-et-tables-rondes">Échanges et tables rondes</h2>
            <h3 id="oeuvre">Œuvre</h3>
            <h2 id="l-emploi">L’emploi</h2>

            """)
        #expect(result.plainText == "Échanges et tables rondes\n\nŒuvre\n\nL’emploi")
    }

    @Test func levelsNeverGoAboveSix() {
        let markdown = (1...6).map { String(repeating: "#", count: $0) + " H\($0)" }.joined(separator: "\n")
        let result = MarkdownRenderer(options: .init(baseHeadingLevel: 3)).render(markdown)
        #expect(result.headings.map(\.level) == [3, 4, 5, 6, 6, 6])
        #expect(result.html.hasSuffix("<h6 id=\"h6\">H6</h6>\n"))
        #expect(!result.html.contains("<h7"))
    }

    @Test func baseLevelIsClamped() {
        #expect(MarkdownRenderer(options: .init(baseHeadingLevel: 9)).render("# A\n").html == "<h6 id=\"a\">A</h6>\n")
        #expect(MarkdownRenderer(options: .init(baseHeadingLevel: 0)).render("# A\n").html == "<h1 id=\"a\">A</h1>\n")
    }

    @Test func headingWithInlineCodeAndEmphasis() {
        let result = MarkdownRenderer().render("# Le champ `date_fin` est *obligatoire* ![logo](l.png)\n")
        #expect(result.html == """
            <h2 id="le-champ-date-fin-est-obligatoire-logo">Le champ <code>date_fin</code> est \
            <em>obligatoire</em> <img src="l.png" alt="logo" /></h2>

            """)
        #expect(result.headings == [
            MarkdownHeading(level: 2, text: "Le champ date_fin est obligatoire logo",
                            id: "le-champ-date-fin-est-obligatoire-logo"),
        ])
    }

    @Test func headingWithLinkAndSetextForm() {
        let result = MarkdownRenderer().render("Voir [la *page*](p.md)\n===\n")
        #expect(result.html == "<h2 id=\"voir-la-page\">Voir <a href=\"p.md\">la <em>page</em></a></h2>\n")
        #expect(result.links.map(\.destination) == ["p.md"])
    }

    @Test func sevenDuplicateHeadings() {
        let markdown = String(repeating: "## Questions\n\n", count: 7)
        let result = MarkdownRenderer().render(markdown)
        #expect(result.headings.map(\.id) == [
            "questions", "questions-2", "questions-3", "questions-4", "questions-5", "questions-6", "questions-7",
        ])
        #expect(result.html.contains("<h2 id=\"questions-7\">Questions</h2>\n"))
    }

    @Test func generatedSuffixDoesNotCollideWithAWrittenOne() {
        let result = MarkdownRenderer().render("# A\n# A 2\n# A\n# A\n")
        #expect(result.headings.map(\.id) == ["a", "a-2", "a-3", "a-4"])
    }

    @Test func reservedIdsAndPrefix() {
        let reserved = MarkdownRenderer(options: .init(reservedIds: ["contenu", "contenu-2", "menu"]))
        #expect(reserved.render("# Contenu\n# Contenu\n# Menu\n").headings.map(\.id) == ["contenu-3", "contenu-4", "menu-2"])

        let prefixed = MarkdownRenderer(options: .init(reservedIds: ["doc-contenu"], idPrefix: "doc-"))
        let result = prefixed.render("# Contenu\n# Autre\n")
        #expect(result.headings.map(\.id) == ["doc-contenu-2", "doc-autre"])
        #expect(result.html == "<h2 id=\"doc-contenu-2\">Contenu</h2>\n<h2 id=\"doc-autre\">Autre</h2>\n")
    }

    @Test func prefixIsEscapedInTheAttribute() {
        let result = MarkdownRenderer(options: .init(idPrefix: "a\"<&")).render("# B\n")
        #expect(result.html == "<h2 id=\"a&quot;&lt;&amp;b\">B</h2>\n")
        #expect(result.headings.first?.id == "a\"<&b")
    }

    @Test func emptyHeadingGetsSectionId() {
        let result = MarkdownRenderer().render("#\n\n# ???\n\n# 日本\n")
        #expect(result.headings.map(\.id) == ["section", "section-2", "section-3"])
        #expect(result.html.hasPrefix("<h2 id=\"section\"></h2>\n"))
    }

    @Test func headingsInsideContainers() {
        let result = MarkdownRenderer().render("> # Cité\n\n- ## Dans une liste\n")
        #expect(result.html == """
            <blockquote>
            <h2 id="cite">Cité</h2>
            </blockquote>
            <ul>
            <li>
            <h3 id="dans-une-liste">Dans une liste</h3>
            </li>
            </ul>

            """)
    }

    @Test func rawHeadingTagsAreNotMistakenForHeadings() {
        let markdown = "<h2>Brut</h2>\n\n# Vrai\n\nTexte <h2>en ligne</h2>\n"
        let unsafe = MarkdownRenderer(options: .init(allowRawHtml: true)).render(markdown)
        #expect(unsafe.html == """
            <h2>Brut</h2>
            <h2 id="vrai">Vrai</h2>
            <p>Texte <h2>en ligne</h2></p>

            """)
        #expect(unsafe.headings == [MarkdownHeading(level: 2, text: "Vrai", id: "vrai")])

        // Safe mode omits raw HTML but still writes the ids, which go through custom nodes.
        let safe = MarkdownRenderer().render(markdown)
        #expect(safe.html == """
            <!-- raw HTML omitted -->
            <h2 id="vrai">Vrai</h2>
            <p>Texte <!-- raw HTML omitted -->en ligne<!-- raw HTML omitted --></p>

            """)
        #expect(safe.headings == unsafe.headings)
    }

    @Test func transformedTextIsUsedForHeadingText() {
        let renderer = MarkdownRenderer(textTransform: { $0.replacing(" :", with: "\u{A0}:") })
        let result = renderer.render("# Contact : mairie\n")
        #expect(result.headings == [MarkdownHeading(level: 2, text: "Contact\u{A0}: mairie", id: "contact-mairie")])
    }
}

import Testing
@testable import RelaisMarkdown

/// `inspectsOnly` (what `relais check` renders with) must give content checks exactly what a full render gives them:
/// headings, ids, links, link texts and spotted text; only the HTML and the plain text are left out.
@Suite struct InspectionTests {
    /// Changes every letter, so that a heading or a link text left untransformed shows.
    static let transform: @Sendable (String) -> String = { $0.uppercased().replacing(" !", with: "\u{202F}!") }

    static let documents = [
        "",
        "Texte seul : rien d'autre !\n",
        """
        ## Pour qui ?

        Pour en savoir plus, [cliquez ici](https://example.org) ou [ici ](https://example.org/b) et [ *lire la suite* ](../aides/x.md) ; voir [`code` ici](https://example.org/c).

        #### Un titre qui saute : « bien » !

        Texte avec une faute de typo: ici ! et "guillemets" ... puis 1er janvier.

        ![](../media/a.png) et ![carte](https://example.org/x.png "décorative") [![](https://example.org/i.png)](https://example.org) [lien](../aides/y.md#etape)

            code bloc : ici !

        ## Titre avec [un lien ici](https://example.org/t) et `code`:fin ?

        * [plus](https://example.org/p)
        * [En savoir plus…](https://example.org/q) suivi de texte!
        > [Ici](https://example.org/z)

        Un lien [sur
        deux lignes  ici](https://example.org/w) et [vide]() puis [*a* [b] c](https://example.org/n), <span>brut</span> ici !

        Titre souligné : fin
        ====================
        """,
    ]

    @Test(arguments: documents)
    func inspectionGivesTheChecksWhatARenderGives(_ markdown: String) {
        func render(inspectsOnly: Bool) -> RenderedMarkdown {
            let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHtml: true, idPrefix: "p-", inspectsOnly: inspectsOnly),
                                            textTransform: Self.transform)
            return renderer.render(markdown, resolveLink: { $0.hasPrefix("../") ? .rewrite("/r/" + $0.dropFirst(3)) : .keep },
                                   spotText: { text in text.contains(":") ? [TextSpot(snippet: ":")] : [] })
        }
        let full = render(inspectsOnly: false)
        let inspected = render(inspectsOnly: true)
        #expect(inspected.headings == full.headings)
        #expect(inspected.links == full.links)
        #expect(inspected.linkTexts == full.linkTexts)
        #expect(inspected.sourceHeadings == full.sourceHeadings)
        #expect(inspected.spots == full.spots)
        #expect(inspected.html.isEmpty && inspected.plainText.isEmpty)
        if !markdown.isEmpty { #expect(!full.html.isEmpty && !full.plainText.isEmpty) }
    }

    @Test func headingAndLinkTextsAreTransformedWhenInspecting() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(inspectsOnly: true), textTransform: Self.transform)
        let result = renderer.render("# Titre !\n\nVoir [le guide](https://example.org) ici !\n")
        #expect(result.headings.map(\.text) == ["TITRE\u{202F}!"])
        #expect(result.linkTexts.map(\.text) == ["LE GUIDE"])
    }
}

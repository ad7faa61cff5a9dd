import Testing
@testable import RelaisMarkdown

@Suite struct LinkTests {
    /// What Relais does: content files become pretty URLs, unknown ones are reported.
    static func resolve(_ destination: String) -> LinkResolution {
        if destination.hasPrefix("../aides/x.md") {
            return .rewrite("/aides/x/" + destination.dropFirst("../aides/x.md".count))
        }
        if destination.hasSuffix(".md") { return .broken("page introuvable : \(destination)") }
        return .keep
    }

    @Test func rewrittenLinkWithFragment() {
        let result = MarkdownRenderer().render(
            "Voir [les conditions](../aides/x.md#eligibilite \"Conditions\").\n", resolveLink: Self.resolve)
        #expect(result.html == "<p>Voir <a href=\"/aides/x/#eligibilite\" title=\"Conditions\">les conditions</a>.</p>\n")
        #expect(result.links == [
            MarkdownLink(destination: "../aides/x.md#eligibilite", line: 1, column: 6, isImage: false, problem: nil),
        ])
    }

    @Test func brokenLinkIsKeptAndReported() {
        let result = MarkdownRenderer().render("[a](manquant.md) ![carte](carte.png)\n", resolveLink: Self.resolve)
        #expect(result.html == "<p><a href=\"manquant.md\">a</a> <img src=\"carte.png\" alt=\"carte\" /></p>\n")
        #expect(result.links == [
            MarkdownLink(destination: "manquant.md", line: 1, column: 1, isImage: false,
                         problem: "page introuvable : manquant.md"),
            MarkdownLink(destination: "carte.png", line: 1, column: 18, isImage: true, problem: nil),
        ])
    }

    /// Columns count UTF-8 bytes ("réf" is 4).
    @Test func everyKindOfLinkInDocumentOrder() {
        let markdown = """
            # Titre [t](t.md)

            Texte <https://exemple.fr> et <contact@exemple.fr>, [réf][r] et [r].
            [![image](i.png)](lien.md)

            [r]: ref.md

            """
        var seen: [String] = []
        let result = MarkdownRenderer().render(markdown) { seen.append($0); return .keep }
        let expected = ["t.md", "https://exemple.fr", "mailto:contact@exemple.fr", "ref.md", "ref.md", "lien.md", "i.png"]
        #expect(seen == expected)
        #expect(result.links.map(\.destination) == expected)
        #expect(result.links.map { [$0.line, $0.column] } == [[1, 9], [3, 7], [3, 31], [3, 53], [3, 66], [4, 1], [4, 2]])
        #expect(result.links.map(\.isImage) == [false, false, false, false, false, false, true])
    }

    @Test func destinationIsAsCmarkReadsIt() {
        let result = MarkdownRenderer().render("[a](<mon fichier.md>) [b](a\\_b.md) [c](&eacute;.md)\n")
        #expect(result.links.map(\.destination) == ["mon fichier.md", "a_b.md", "é.md"])
        #expect(result.html == "<p><a href=\"mon%20fichier.md\">a</a> <a href=\"a_b.md\">b</a> <a href=\"%C3%A9.md\">c</a></p>\n")
    }

    @Test func dangerousSchemesAreEmptiedWithOrWithoutRawHtml() {
        let markdown = "[x](javascript:alert(1)) [y](VBScript:x) [z](file:///etc/passwd) [d](data:text/html,x) [i](data:image/png;base64,AA)\n"
        let safe = MarkdownRenderer().render(markdown)
        #expect(safe.html == """
            <p><a href="">x</a> <a href="">y</a> <a href="">z</a> <a href="">d</a> \
            <a href="data:image/png;base64,AA">i</a></p>

            """)
        // Reported as written all the same, so a checker can flag them.
        #expect(safe.links.first?.destination == "javascript:alert(1)")

        // allowRawHtml lets HTML through, filtered: never script URLs.
        let unsafe = MarkdownRenderer(options: .init(allowRawHtml: true)).render(markdown)
        #expect(unsafe.html == safe.html)
    }

    @Test func rewriteToADangerousSchemeIsStillEmptied() {
        let result = MarkdownRenderer().render("[x](a.md)\n") { _ in .rewrite("javascript:alert(1)") }
        #expect(result.html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func linkInCodeIsNotALink() {
        var seen: [String] = []
        _ = MarkdownRenderer().render("`[a](b.md)`\n\n    [c](d.md)\n") { seen.append($0); return .keep }
        #expect(seen.isEmpty)
    }

    // cmark 0.30 misplaces inline nodes after some newlines; these are the cases corrected.

    @Test func positionAfterWrappedLinkText() {
        let result = MarkdownRenderer().render("Voir [un texte\nsur deux lignes](a.md) puis [b](b.md).\n")
        #expect(result.links.map { [$0.line, $0.column] } == [[1, 6], [2, 29]])
    }

    @Test func positionAfterNewlineInCodeSpanHtmlOrBackslashBreak() {
        let markdown = "a `co\nde` [x](x.md)\nb <span\nclass=c> [y](y.md)\nc\\\n[z](z.md)\nd\\\ne\nf [w](w.md)\n"
        let result = MarkdownRenderer().render(markdown)
        #expect(result.links.map { [$0.line, $0.column] } == [[2, 5], [4, 10], [6, 1], [9, 3]])
    }

    @Test func positionOnIndentedContinuationLinesAndAutolinksInContainers() {
        let markdown = "a\n   b [x](x.md)\n\n- <https://a.fr>\n  - c <https://b.fr>\n\n> - d\n>   [e](e.md) <http://q.fr>\n"
        let result = MarkdownRenderer().render(markdown)
        #expect(result.links.map { [$0.line, $0.column] } == [[2, 6], [4, 3], [5, 7], [8, 5], [8, 15]])
    }

    @Test func positionsCountBytesAndFollowCarriageReturns() {
        let result = MarkdownRenderer().render("Éé [a](a.md)\r\n\r\n[b](b.md)\r[c](c.md)\n")
        #expect(result.links.map { [$0.line, $0.column] } == [[1, 6], [3, 1], [4, 1]])
    }

    @Test func positionWithEscapedBracketsAround() {
        let result = MarkdownRenderer().render("\\[pas un lien\\] a `x\ny` \\[ [vrai](v.md)\n")
        #expect(result.links.map { [$0.line, $0.column] } == [[2, 7]])
    }
}

import Testing
@testable import RelaisMarkdown

@Suite struct PlainTextTests {
    @Test func smallDocument() {
        let markdown = """
            # Transitions  *collectives*

            Un dispositif   pour les
            salariés, avec **un accompagnement**\\
            et `une formation`.

            - premier point
            - second [point](p.md)

            > Citation ![logo](l.png)

            ```
            code   gardé
            ```

            <div>omis</div>

            ---

            """
        let result = MarkdownRenderer().render(markdown)
        #expect(result.plainText == """
            Transitions collectives

            Un dispositif pour les salariés, avec un accompagnement et une formation.

            premier point

            second point

            Citation logo

            code gardé
            """)
    }

    @Test func transformedTextIsInThePlainText() {
        let result = MarkdownRenderer(textTransform: { $0.replacing(" :", with: "\u{A0}:") }).render("Contact : x\n")
        #expect(result.plainText == "Contact\u{A0}: x")
    }
}

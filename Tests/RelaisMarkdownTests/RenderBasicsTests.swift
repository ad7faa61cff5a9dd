import Testing
@testable import RelaisMarkdown

@Suite struct RenderBasicsTests {
    let renderer = MarkdownRenderer()

    @Test func emptyInput() {
        let result = renderer.render("")
        #expect(result == RenderedMarkdown(html: "", headings: [], links: [], plainText: ""))
    }

    @Test func whitespaceOnlyInput() {
        let result = renderer.render("  \n\n\t\n")
        #expect(result.html == "")
        #expect(result.plainText == "")
    }

    @Test func paragraphWithEmphasis() {
        let result = renderer.render("Un *texte* avec **du gras** et `du code`.\n")
        #expect(result.html == "<p>Un <em>texte</em> avec <strong>du gras</strong> et <code>du code</code>.</p>\n")
    }

    @Test func noSourcePositionsInHtml() {
        let result = renderer.render("# Titre\n\nUn [lien](x.md).\n\n- a\n- b\n\n> citation\n\n```\ncode\n```\n")
        #expect(!result.html.contains("data-sourcepos"))
        #expect(result.html == """
            <h2 id="titre">Titre</h2>
            <p>Un <a href="x.md">lien</a>.</p>
            <ul>
            <li>a</li>
            <li>b</li>
            </ul>
            <blockquote>
            <p>citation</p>
            </blockquote>
            <pre><code>code
            </code></pre>

            """)
        // Positions come from the nodes all the same.
        #expect(result.links.first.map { [$0.line, $0.column] } == [3, 4])
    }

    @Test func invalidUTF8IsRepairedAndReplacementCharacterPassesThrough() {
        // Swift already repairs invalid UTF-8 when building the String: cmark sees U+FFFD.
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x20, 0xC3, 0x28, 0x0A]
        let markdown = String(decoding: bytes, as: UTF8.self)
        let result = renderer.render(markdown)
        #expect(result.html == "<p>a\u{FFFD}b \u{FFFD}(</p>\n")
        #expect(result.plainText == "a\u{FFFD}b \u{FFFD}(")
    }

    @Test func explicitReplacementCharacterAndNul() {
        // A NUL does not cut the document short (the length is passed): cmark replaces it with U+FFFD.
        let result = renderer.render("x\u{FFFD}y\u{0}z et é\n")
        #expect(result.html == "<p>x\u{FFFD}y\u{FFFD}z et é</p>\n")
    }

    @Test func deeplyNestedList() {
        let depth = 40
        var markdown = ""
        for level in 0..<depth {
            markdown += String(repeating: "  ", count: level) + "- niveau \(level + 1)\n"
        }
        let result = renderer.render(markdown)
        #expect(result.html.ranges(of: "<ul>").count == depth)
        #expect(result.html.ranges(of: "</li>").count == depth)
        #expect(result.html.hasPrefix("<ul>\n<li>niveau 1\n<ul>\n<li>niveau 2\n"))
        #expect(result.html.contains("<li>niveau 40</li>\n</ul>\n</li>\n</ul>\n"))
        #expect(result.plainText.hasPrefix("niveau 1\n\nniveau 2\n\n"))
    }

    @Test func deeplyNestedBlockQuotesDoNotCrash() {
        let markdown = String(repeating: ">", count: 2_000) + " fond\n"
        let result = renderer.render(markdown)
        #expect(result.html.hasSuffix("<p>fond</p>\n" + String(repeating: "</blockquote>\n", count: 2_000)))
        #expect(result.plainText == "fond")
    }

    @Test func rendererIsReusableAcrossTasks() async {
        let shared = MarkdownRenderer(options: .init(idPrefix: "p-"))
        let results = await withTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask { shared.render("# Titre \(index)\n").html }
            }
            var all: [String] = []
            for await html in group { all.append(html) }
            return all.sorted()
        }
        #expect(results == (0..<8).map { "<h2 id=\"p-titre-\($0)\">Titre \($0)</h2>\n" })
    }
}

import Testing
@testable import RelaisMarkdown

/// `allowRawHtml: true` keeps layout, never code: each hostile shape comes out without script, handler or unsafe URL.
@Suite struct RawHTMLFilterTests {
    private func render(_ markdown: String) -> String {
        MarkdownRenderer(options: .init(allowRawHtml: true)).render(markdown).html
    }

    @Test(arguments: [
        ("<img src=x onerror=alert(1)>\n", "<img src=\"x\">\n"),
        ("<div class=\"encadre\" style=\"position:fixed\" onclick=\"x()\">Texte</div>\n", "<div class=\"encadre\">Texte</div>\n"),
        ("<a href=\"https://example.org/\" target=_blank>lien</a>\n", "<p><a href=\"https://example.org/\">lien</a></p>\n"),
        ("<a href=\"jav&#x09;ascript:alert(1)\">x</a>\n", "<p><a>x</a></p>\n"),
        ("<a href=\"javascript&colon;alert(1)\">x</a>\n", "<p><a>x</a></p>\n"),
        ("<a href=\"&#106avascript:alert(1)\">x</a>\n", "<p><a>x</a></p>\n"),
        ("<a href=\" JAVASCRIPT:alert(1)\">x</a>\n", "<p><a>x</a></p>\n"),
        ("<img src=\"data:text/html,<script>\">\n", "<img>\n"),
        // Inline, the script's text stays as text, escaped by cmark: shown, never run.
        ("<svg><script>alert(1)</script></svg>\n", "<p>alert(1)</p>\n"),
        // A dropped HTML block leaves its line end only.
        ("<style>body { display: none }</style>\n", "\n"),
        ("<iframe src=\"https://evil.example\"></iframe>\n", "\n"),
        ("<!-- <script>alert(1)</script> -->\n", "\n"),
        ("<SCRIPT>alert(1)</SCRIPT>\n", "\n"),
        ("<details open><summary>Plus</summary>Texte</details>\n", "<details open><summary>Plus</summary>Texte</details>\n"),
    ])
    func hostileHTMLIsFiltered(markdown: String, expected: String) {
        #expect(render(markdown) == expected)
    }

    /// A quote followed by a combining accent is one Swift character but still a quote to a browser.
    @Test func quoteWithACombiningAccentDoesNotOpenAnAttribute() {
        #expect(RawHTMLFilter.filter("<b title=\"a\"\u{301} onclick=\"alert(1)\">x</b>") == "<b title=\"a\">x</b>")
        #expect(RawHTMLFilter.filter("<b title=a\"\u{301}>x</b>") == "<b title=\"a&quot;\u{301}\">x</b>")
        // cmark itself does not take it for a tag: escaped text.
        #expect(!render("<b title=\"a\"\u{301} onclick=\"alert(1)\">x</b>\n").contains("onclick=\""))
    }

    @Test func textStaysAndStrayLessThanIsEscaped() {
        #expect(render("<div>\n1 < 2 et <b>gras</b> <x-y>\n</div>\n") == "<div>\n1 &lt; 2 et <b>gras</b> \n</div>\n")
    }

    @Test func unclosedScriptDropsTheRestOfItsBlock() {
        #expect(!render("<script>\nalert(1)\n\nTexte\n").contains("alert"))
    }
}

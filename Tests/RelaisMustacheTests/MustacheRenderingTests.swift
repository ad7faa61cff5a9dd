import MustacheReference
@testable import RelaisMustache
import Testing

/// One rendering case in the manner of the Mustache specification: templates, data, the expected text, and whether
/// swift-mustache (the reference) must give the same.
struct RenderingCase: CustomTestStringConvertible, Sendable {
    let name: String
    let templates: [String: String]
    let data: MustacheValue
    let expected: String
    var matchesReference = true

    init(_ name: String, _ template: String, partials: [String: String] = [:], _ data: [String: MustacheValue] = [:],
         _ expected: String, matchesReference: Bool = true) {
        self.name = name
        templates = partials.merging(["main": template]) { _, main in main }
        self.data = .model(Fields(data))
        self.expected = expected
        self.matchesReference = matchesReference
    }

    var testDescription: String { name }
}

private func model(_ fields: [String: MustacheValue]) -> MustacheValue { .model(Fields(fields)) }

@Suite("Mustache rendering")
struct MustacheRenderingTests {
    static let cases: [RenderingCase] = [
        RenderingCase("escaped interpolation", "Bonjour {{name}} !", ["name": .text("<b>\"L'été\" & co</b>")],
                      "Bonjour &lt;b&gt;&quot;L&#39;été&quot; &amp; co&lt;/b&gt; !"),
        RenderingCase("triple and ampersand are not escaped", "{{{html}}}|{{& html}}", ["html": .text("<em>a&b</em>")],
                      "<em>a&b</em>|<em>a&b</em>"),
        // swift-mustache escapes per Character and misses this quote: the reason for byte-wise escaping.
        RenderingCase("a quote followed by a combining accent is escaped", "<a title=\"{{t}}\">", ["t": .text("\"\u{301} onmouseover=x")],
                      "<a title=\"&quot;\u{301} onmouseover=x\">", matchesReference: false),
        RenderingCase("flags print as words", "{{yes}} {{no}}", ["yes": .bool(true), "no": .bool(false)], "true false"),
        RenderingCase("dotted names", "{{a.b.c}}", ["a": model(["b": model(["c": .text("profond")])])], "profond"),
        RenderingCase("a dotted name whose first part is further down the stack",
                      "{{#inner}}{{outer.x}}{{/inner}}", ["inner": model([:]), "outer": model(["x": .text("ok")])], "ok"),
        RenderingCase("a missing name climbs the stack", "{{#inner}}{{title}}{{/inner}}",
                      ["inner": model([:]), "title": .text("du parent")], "du parent"),
        RenderingCase("an absent field stops the lookup", "{{#inner}}[{{summary}}]{{^summary}}aucun{{/summary}}{{/inner}}",
                      ["inner": model(["summary": .absent]), "summary": .text("du parent")], "[]aucun"),
        RenderingCase("a list of models", "{{#items}}<li>{{name}}</li>{{/items}}",
                      ["items": .list([model(["name": .text("a")]), model(["name": .text("b")])])], "<li>a</li><li>b</li>"),
        RenderingCase("a list of texts", "{{#items}}({{.}}){{/items}}", ["items": .list([.text("x"), .text("<y>")])], "(x)(&lt;y&gt;)"),
        RenderingCase("an empty list opens the inverted section", "{{#items}}x{{/items}}{{^items}}vide{{/items}}",
                      ["items": .list([])], "vide"),
        RenderingCase("flags as sections", "{{#yes}}oui{{/yes}}{{#no}}non{{/no}}{{^no}}pas non{{/no}}",
                      ["yes": .bool(true), "no": .bool(false)], "ouipas non"),
        RenderingCase("a text section pushes the text, even empty", "{{#t}}<{{.}}>{{/t}}", ["t": .text("")], "<>"),
        RenderingCase("a missing section renders nothing, its inverse renders", "{{#nope}}x{{/nope}}{{^nope}}y{{/nope}}", [:], "y"),
        RenderingCase("standalone section lines vanish", "a\n  {{#x}}\nb\n  {{/x}}\nc\n", ["x": .bool(true)], "a\nb\nc\n"),
        RenderingCase("inline sections keep their line", "a {{#x}}b{{/x}} c\n", ["x": .bool(true)], "a b c\n"),
        RenderingCase("CRLF standalone lines", "a\r\n{{#x}}\r\nb\r\n{{/x}}\r\n", ["x": .bool(true)], "a\r\nb\r\n"),
        RenderingCase("standalone tag on the last line without a line end", "a\n{{#x}}\nb\n{{/x}}", ["x": .bool(true)], "a\nb\n"),
        RenderingCase("comments", "a{{! rien }}b\n{{!\nsur deux lignes\n}}\nc", [:], "ab\nc"),
        RenderingCase("a partial", "[{{>p}}]", partials: ["p": "{{x}}"], ["x": .text("X")], "[X]"),
        RenderingCase("a standalone partial is indented line by line", "avant\n  {{>p}}\naprès\n",
                      partials: ["p": "un\ndeux\n"], [:], "avant\n  un\n  deux\naprès\n"),
        RenderingCase("a parent with a block", "{{<layout}}{{$main}}corps {{t}}{{/main}}{{/layout}}",
                      partials: ["layout": "<h>{{$main}}défaut{{/main}}</h>"], ["t": .text("T")], "<h>corps T</h>"),
        RenderingCase("a block not overridden keeps its default", "{{<layout}}{{/layout}}",
                      partials: ["layout": "<h>{{$main}}défaut{{/main}}</h>"], [:], "<h>défaut</h>"),
        RenderingCase("standalone parent and block lines", "{{<layout}}\n{{$main}}\ncorps\n{{/main}}\n{{/layout}}\n",
                      partials: ["layout": "<main>\n{{$main}}{{/main}}\n</main>\n"], [:], "<main>\ncorps\n\n</main>\n"),
        RenderingCase("the outermost definition of a block wins", "{{<middle}}{{$b}}du bas{{/b}}{{/middle}}",
                      partials: ["middle": "{{<top}}{{$b}}du milieu{{/b}}{{/top}}", "top": "[{{$b}}du haut{{/b}}]"], [:], "[du bas]"),
        RenderingCase("text between a parent's blocks is ignored", "{{<layout}}ignoré{{$main}}x{{/main}}{{/layout}}",
                      partials: ["layout": "{{$main}}{{/main}}"], [:], "x"),
        RenderingCase("delimiters change", "{{=<% %>=}}<% name %> {{name}}", ["name": .text("n")], "n {{name}}"),
        RenderingCase("blanks inside tags", "{{ name }}{{# x }}!{{/ x }}", ["name": .text("n"), "x": .bool(true)], "n!"),
    ]

    @Test(arguments: cases)
    func rendersAsExpected(_ example: RenderingCase) throws {
        let documents = try example.templates.mapValues { try MustacheDocument(parsing: $0) }
        let output = try MustacheTemplates(documents).render("main", with: example.data)
        #expect(String(decoding: output, as: UTF8.self) == example.expected)
        if example.matchesReference {
            #expect(try ReferenceRenderer.render(example.templates, "main", with: example.data) == example.expected)
        }
    }

    @Test(arguments: [
        ("a\n  {{name", MustacheSyntaxError(problem: .unclosedTag, line: 2, column: 3)),
        ("é{{#a}}\nx", MustacheSyntaxError(problem: .unclosedSection("a"), line: 1, column: 2)),
        ("{{#a}}x{{/b}}", MustacheSyntaxError(problem: .unexpectedClose("b", expected: "a"), line: 1, column: 8)),
        ("x{{/b}}", MustacheSyntaxError(problem: .unexpectedClose("b", expected: nil), line: 1, column: 2)),
        ("{{<p}}{{x}}{{/p}}", MustacheSyntaxError(problem: .contentInsideParent, line: 1, column: 7)),
        ("{{upper(name)}}", MustacheSyntaxError(problem: .invalidName("upper(name)"), line: 1, column: 1)),
        ("{{a b}}", MustacheSyntaxError(problem: .invalidName("a b"), line: 1, column: 1)),
        ("{{=<%>=}}", MustacheSyntaxError(problem: .invalidDelimiters, line: 1, column: 1)),
        ("\n\n{{%PRAGMA}}", MustacheSyntaxError(problem: .unsupportedPragma, line: 3, column: 1)),
    ])
    func refusesMalformedTemplates(_ text: String, _ expected: MustacheSyntaxError) {
        #expect(throws: expected) { try MustacheDocument(parsing: text) }
        #expect(!expected.message.isEmpty)
    }

    @Test func aPartialIncludingItselfStopsWithAnError() throws {
        let templates = MustacheTemplates(["main": try MustacheDocument(parsing: "{{>loop}}"),
                                           "loop": try MustacheDocument(parsing: "x{{>loop}}")])
        #expect(throws: MustacheTemplates.RenderError.self) { try templates.render("main", with: .absent) }
        #expect(throws: MustacheTemplates.RenderError.unknownTemplate("nope")) { try templates.render("nope", with: .absent) }
    }
}

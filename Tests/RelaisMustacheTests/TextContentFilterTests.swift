import MustacheReference
@testable import RelaisMustache
import Testing

/// The filter the caller gives the engine reaches the escaped values placed in HTML text content, and no other:
/// never an attribute value, a tag, a comment, `<title>`, `<script>`, `<style>`, `<textarea>`, `<option>`, an SVG
/// `<desc>`, `<code>` or `<pre>`, nor a value written as is.
@Suite("Mustache text content filter")
struct TextContentFilterTests {
    /// Marks what it filters with brackets.
    private static func render(_ template: String, partials: [String: String] = [:], _ value: String = "v") throws -> String {
        var documents = try partials.mapValues { try MustacheDocument(parsing: $0) }
        documents["main"] = try MustacheDocument(parsing: template)
        let templates = MustacheTemplates(documents) { output, start in
            output.insert(UInt8(ascii: "["), at: start)
            output.append(UInt8(ascii: "]"))
        }
        return String(decoding: try templates.render("main", with: .model(Fields(["t": .text(value), "on": .bool(true)]))), as: UTF8.self)
    }

    @Test(arguments: [
        ("<p>{{t}}</p>", "<p>[v]</p>"),
        ("{{t}}", "[v]"),
        ("<title>{{t}}</title><h1>{{t}}</h1>", "<title>v</title><h1>[v]</h1>"),
        ("<img alt=\"{{t}}\" title='{{t}}' data-x={{t}}>{{t}}", "<img alt=\"v\" title='v' data-x=v>[v]"),
        ("<meta name=\"description\" content=\"{{t}}\">", "<meta name=\"description\" content=\"v\">"),
        ("<script type=\"application/ld+json\">{\"a\": \"{{t}}\", \"b\": 1 < 2}</script><p>{{t}}</p>",
         "<script type=\"application/ld+json\">{\"a\": \"v\", \"b\": 1 < 2}</script><p>[v]</p>"),
        ("<style>a{}</style><textarea>{{t}}</textarea><select><option value=\"{{t}}\">{{t}}</option></select>{{t}}",
         "<style>a{}</style><textarea>v</textarea><select><option value=\"v\">v</option></select>[v]"),
        ("<p><code>{{t}}</code> <pre><b>{{t}}</b></pre> {{t}}</p>", "<p><code>v</code> <pre><b>v</b></pre> [v]</p>"),
        ("<!-- {{t}} > --> <!doctype html>{{t}}", "<!-- v > --> <!doctype html>[v]"),
        ("<svg><title>{{t}}</title><desc>{{t}}</desc><text>{{t}}</text></svg>", "<svg><title>v</title><desc>v</desc><text>[v]</text></svg>"),
        // A tag name from a value is still a tag; sections are followed as written.
        ("<{{t}} class=\"c\">{{t}}</{{t}}>", "<v class=\"c\">[v]</v>"),
        ("<li{{#on}} aria-current=\"{{t}}\"{{/on}}>{{t}}</li>", "<li aria-current=\"v\">[v]</li>"),
        ("{{{t}}} {{&t}}", "v v"),
        ("a < b {{t}}", "a < b [v]"),
    ])
    func onlyTextContentIsFiltered(_ template: String, _ expected: String) throws {
        #expect(try Self.render(template) == expected)
    }

    /// A partial or block placed where markup cannot go keeps its text content as is.
    @Test func partialsAndBlocksFollowTheirPlace() throws {
        #expect(try Self.render("<p>{{>p}}</p><p title=\"{{>p}}\"></p>", partials: ["p": "{{t}}"]) == "<p>[v]</p><p title=\"v\"></p>")
        let layout = "<title>{{$head}}{{/head}}</title><main>{{$main}}{{/main}}</main>"
        #expect(try Self.render("{{<layout}}{{$head}}{{t}}{{/head}}{{$main}}<b>{{t}}</b>{{/main}}{{/layout}}", partials: ["layout": layout])
                == "<title>v</title><main><b>[v]</b></main>")
    }

    /// Without a filter, nothing changes: the engine alone renders as before.
    @Test func noFilterNoChange() throws {
        let templates = MustacheTemplates(["main": try MustacheDocument(parsing: "<p>{{t}}</p>")])
        #expect(String(decoding: try templates.render("main", with: .model(Fields(["t": .text("1er & co")]))), as: UTF8.self) == "<p>1er &amp; co</p>")
    }
}

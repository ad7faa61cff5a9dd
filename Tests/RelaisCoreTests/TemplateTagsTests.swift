@testable import RelaisCore
import Testing

/// The tags Relais reads again from a template, for its check and its messages: kinds, names, positions.
@Suite("Template tags")
struct TemplateTagsTests {
    private func summary(_ text: String) -> [String] {
        TemplateTags.scan(text).map { "\($0.kind) \($0.isDynamic ? "*" : "")\($0.name) \($0.line):\($0.column)" }
    }

    @Test func kindsNamesAndPositions() {
        let text = "<p>{{ title }}</p>\n{{#items}}{{{html}}}{{&raw}}{{.}}{{/items}}\n{{^none}}—{{/none}}{{>partials/card}}{{>*dynamic}}"
        #expect(summary(text) == [
            "variable title 1:4",
            "section items 2:1", "variable html 2:11", "variable raw 2:21", "variable . 2:29", "close items 2:34",
            "invertedSection none 3:1", "close none 3:11", "partial partials/card 3:20", "partial *dynamic 3:38",
        ])
    }

    @Test func parentsBlocksCommentsDelimitersAndTransforms() {
        let text = "{{<layout}}\r\n{{$main}}é{{! un\ncommentaire }}{{uppercased(name)}}{{=<% %>=}}\n<%page.title%><%={{ }}=%>{{/main}}{{/layout}}"
        #expect(summary(text) == [
            "parent layout 1:1", "block main 2:1", "variable name 3:15",
            "variable page.title 4:1", "close main 4:26", "close layout 4:35",
        ])
    }

    @Test func treeNestsSectionsAndBlocks() {
        let tree = TemplateNode.tree(of: TemplateTags.scan("{{<layout}}{{$main}}{{#a}}{{b}}{{/a}}{{/main}}{{/layout}}{{c}}"))
        guard tree.count == 2, case .parent(let parent, let blocks) = tree[0], case .block(let block, let content) = blocks.first,
              case .section(let section, let inner) = content.first, case .variable(let variable) = inner.first,
              case .variable(let last) = tree[1] else {
            Issue.record("unexpected tree \(tree)")
            return
        }
        #expect([parent.name, block.name, section.name, variable.name, last.name] == ["layout", "main", "a", "b", "c"])
    }
}

/// One tag of a Mustache template, where it is written.
struct TemplateTag: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`
        case variable
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case invertedSection
        /// `{{/name}}`
        case close
        /// `{{>name}}`
        case partial
        /// `{{<name}}`, a parent whose blocks the enclosed `{{$block}}`s replace.
        case parent
        /// `{{$name}}`
        case block
    }

    let kind: Kind
    /// As swift-mustache reads it: `page.title`, `partials/aid-card`; inside a transform (`uppercased(name)`), the name.
    let name: String
    /// `{{>*name}}`, `{{<*name}}`: the partial is named by the value of `name`.
    let isDynamic: Bool
    /// Of the opening delimiter, from 1, counted in characters.
    let line: Int
    let column: Int
}

/// The tags of a template, in order, with their positions. swift-mustache parses templates without keeping
/// positions, so Relais reads the tags again, the same way, for its messages and its checks. Comments,
/// delimiter changes (`{{=<% %>=}}`, followed) and pragmas (`{{%…}}`) give no tag.
enum TemplateTags {
    static func scan(_ text: String) -> [TemplateTag] {
        let characters = Array(text)
        var tags: [TemplateTag] = []
        var open = Array("{{"), close = Array("}}")
        var index = 0, line = 1, column = 1

        func matches(_ delimiter: [Character], at position: Int) -> Bool {
            guard position + delimiter.count <= characters.count else { return false }
            return delimiter.indices.allSatisfy { characters[position + $0] == delimiter[$0] }
        }
        func advance(to end: Int) {
            while index < end, index < characters.count {
                if characters[index].isNewline { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }

        while index < characters.count {
            guard matches(open, at: index) else { advance(to: index + 1); continue }
            let (tagLine, tagColumn) = (line, column)
            let start = index + open.count
            guard let end = (start..<characters.count).first(where: { matches(close, at: $0) }) else { break }
            var content = String(characters[start..<end])
            var after = end + close.count
            let sigil = content.first
            if sigil == "{", after < characters.count, characters[after] == "}" { after += 1 }
            defer { advance(to: after) }

            let kind: TemplateTag.Kind
            switch sigil {
            case "!", "%": continue
            case "=":
                let delimiters = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 { open = Array(delimiters[0]); close = Array(delimiters[1]) }
                continue
            case "#": kind = .section
            case "^": kind = .invertedSection
            case "/": kind = .close
            case ">": kind = .partial
            case "<": kind = .parent
            case "$": kind = .block
            case "&", "{": kind = .variable
            default: kind = .variable; content = " " + content
            }
            var name = content.dropFirst().trimmingWhitespace()
            var isDynamic = false
            if kind == .partial || kind == .parent, name.first == "*" {
                isDynamic = true
                name = name.dropFirst().trimmingWhitespace()
            } else if kind != .partial, kind != .parent, let parenthesis = name.lastIndex(of: "(") {
                // `first(uppercased(name))`: the transforms apply to `name`.
                name = name[name.index(after: parenthesis)...].prefix { $0 != ")" }
            }
            tags.append(TemplateTag(kind: kind, name: String(name), isDynamic: isDynamic, line: tagLine, column: tagColumn))
        }
        return tags
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}

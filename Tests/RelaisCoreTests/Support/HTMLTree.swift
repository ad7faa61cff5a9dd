import Foundation

/// A small HTML reader for tests: pages are parsed back into elements so that assertions read structure,
/// not substrings. It also checks that every element is closed in order, which Relais's templates promise.
struct HTMLElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    static let inline: Set<String> = ["a", "abbr", "b", "code", "em", "i", "span", "strong", "sub", "sup", "time"]

    /// The text of the element, with entities decoded and whitespace collapsed; block elements are apart.
    var text: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element):
                out += Self.inline.contains(element.name) ? element.text : " " + element.text + " "
            }
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Every descendant element matching `predicate`, in document order.
    func all(_ predicate: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        for case .element(let element) in children {
            if predicate(element) { found.append(element) }
            found += element.all(predicate)
        }
        return found
    }

    func all(_ name: String) -> [HTMLElement] { all { $0.name == name } }

    /// The text nodes of the element, outside the elements named in `excluded`.
    func textNodes(excluding excluded: Set<String>) -> [String] {
        var texts: [String] = []
        for child in children {
            switch child {
            case .text(let text): texts.append(text)
            case .element(let element) where !excluded.contains(element.name): texts += element.textNodes(excluding: excluded)
            case .element: continue
            }
        }
        return texts
    }
    func first(_ name: String) -> HTMLElement? { all(name).first }
    func withClass(_ className: String) -> [HTMLElement] {
        all { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }
    func byID(_ id: String) -> HTMLElement? { all { $0.attributes["id"] == id }.first }
    /// The `<section>` whose heading carries `id` (the templates' sections: montants, chantiers…).
    func section(headedBy id: String) -> HTMLElement? {
        all { $0.name == "section" && $0.all { ["h2", "h3"].contains($0.name) }.first?["id"] == id }.first
    }
    subscript(attribute: String) -> String? { attributes[attribute] }
}

indirect enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)
}

enum HTMLTreeError: Error, CustomStringConvertible {
    case unexpectedClose(String, expected: String?)
    case unclosed([String])
    var description: String {
        switch self {
        case .unexpectedClose(let name, let expected): "</\(name)> closes <\(expected ?? "nothing")>"
        case .unclosed(let names): "unclosed: \(names.joined(separator: ", "))"
        }
    }
}

enum HTMLTree {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The document as a root element whose children are the top-level nodes; throws on misnested tags.
    static func parse(_ html: String) throws -> HTMLElement {
        var stack = [HTMLElement(name: "#document", attributes: [:], children: [])]
        var index = html.startIndex
        func appendText(_ text: Substring) {
            guard !text.isEmpty else { return }
            stack[stack.count - 1].children.append(.text(decodeEntities(String(text))))
        }
        while index < html.endIndex {
            guard let open = html[index...].firstIndex(of: "<") else {
                appendText(html[index...])
                break
            }
            appendText(html[index..<open])
            if html[open...].hasPrefix("<!--") {
                index = html[open...].range(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            guard let close = html[open...].firstIndex(of: ">") else { break }
            let tag = html[html.index(after: open)..<close]
            index = html.index(after: close)
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                guard stack.count > 1, stack[stack.count - 1].name == name else {
                    throw HTMLTreeError.unexpectedClose(name, expected: stack.last?.name)
                }
                let element = stack.removeLast()
                stack[stack.count - 1].children.append(.element(element))
                continue
            }
            let (name, attributes) = parseTag(String(tag))
            let element = HTMLElement(name: name, attributes: attributes, children: [])
            if voidElements.contains(name) || tag.hasSuffix("/") {
                stack[stack.count - 1].children.append(.element(element))
            } else if name == "script" || name == "style" {
                let end = html[index...].range(of: "</\(name)>")
                let body = html[index..<(end?.lowerBound ?? html.endIndex)]
                var raw = element
                raw.children = [.text(String(body))]
                stack[stack.count - 1].children.append(.element(raw))
                index = end?.upperBound ?? html.endIndex
            } else {
                stack.append(element)
            }
        }
        guard stack.count == 1 else { throw HTMLTreeError.unclosed(stack.dropFirst().map(\.name)) }
        return stack[0]
    }

    private static func parseTag(_ tag: String) -> (String, [String: String]) {
        var scalars = Substring(tag.hasSuffix("/") ? String(tag.dropLast()) : tag)
        let name = String(scalars.prefix { !$0.isWhitespace }).lowercased()
        scalars = scalars.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while true {
            scalars = scalars.drop { $0.isWhitespace }
            guard !scalars.isEmpty else { break }
            let key = String(scalars.prefix { !$0.isWhitespace && $0 != "=" }).lowercased()
            scalars = scalars.dropFirst(key.count)
            if scalars.first == "=" {
                scalars = scalars.dropFirst()
                if let quote = scalars.first, quote == "\"" || quote == "'" {
                    scalars = scalars.dropFirst()
                    let value = scalars.prefix { $0 != quote }
                    attributes[key] = decodeEntities(String(value))
                    scalars = scalars.dropFirst(value.count + 1)
                } else {
                    let value = scalars.prefix { !$0.isWhitespace }
                    attributes[key] = decodeEntities(String(value))
                    scalars = scalars.dropFirst(value.count)
                }
            } else {
                attributes[key] = ""
            }
            if key.isEmpty { break }
        }
        return (name, attributes)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

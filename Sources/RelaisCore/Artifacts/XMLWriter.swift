/// Writes an XML 1.0 document one element per line, indented: the one way Relais writes XML (the Atom feed, the
/// sitemaps). Element and attribute names are Relais's own (`StaticString`); every text and attribute value goes
/// through `escape`, so no value of the content or of `site.yaml` can close an element or leave an attribute.
struct XMLWriter {
    typealias Attribute = (name: StaticString, value: String)

    private(set) var document = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var open: [StaticString] = []

    /// `<name a="…">` on its own line; closed by `end()`.
    mutating func start(_ name: StaticString, _ attributes: [Attribute] = []) {
        line("<\(name)\(Self.attributeText(attributes))>")
        open.append(name)
    }

    /// `</name>` of the last element started.
    mutating func end() {
        guard let name = open.popLast() else { return }
        line("</\(name)>")
    }

    /// `<name a="…">text</name>`, or `<name a="…"/>` without text.
    mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], text: String? = nil) {
        guard let text else { return line("<\(name)\(Self.attributeText(attributes))/>") }
        line("<\(name)\(Self.attributeText(attributes))>\(Self.escape(text))</\(name)>")
    }

    /// The document, every element closed.
    mutating func finish() -> String {
        while !open.isEmpty { end() }
        return document
    }

    private mutating func line(_ text: String) {
        document += String(repeating: "  ", count: open.count) + text + "\n"
    }

    private static func attributeText(_ attributes: [Attribute]) -> String {
        attributes.map { " \($0.name)=\"\(escape($0.value, inAttribute: true))\"" }.joined()
    }

    /// Text or attribute value: `& < > " '` as entities; the characters XML 1.0 forbids (control characters but tab,
    /// line feed and carriage return; U+FFFE, U+FFFF) dropped, and the C1 controls it discourages too. In
    /// attributes, tab and line ends become character references, which parsers keep instead of turning them
    /// into spaces; a carriage return too in text, which parsers would otherwise turn into a line feed.
    static func escape(_ value: String, inAttribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

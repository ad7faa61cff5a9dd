import Foundation

/// Writes a schema.org node as a JSON-LD block to sit inside `<script type="application/ld+json">`.
///
/// The HTML parser ends a script element at the first `</script` and treats `<!--` inside it specially, whatever
/// the JSON means; a JavaScript reader of the text would stop a line at U+2028/U+2029. So `<`, `>`, `&`, U+2028 and
/// U+2029 are written as `\u` escapes. They can only occur inside JSON strings (none is JSON syntax), where the
/// escape decodes to the same text.
enum JSONLDWriter {
    /// The node with `"@context": "https://schema.org"`, keys sorted (two builds give the same bytes), ready for
    /// the page's head; nil if it cannot be encoded (a Decimal that is not a number).
    static func block(_ node: some Encodable & Sendable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONLDDocument(node: node)) else { return nil }
        return escapedForScript(String(decoding: data, as: UTF8.self))
    }

    /// JSON text made safe inside a script element.
    static func escapedForScript(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A top-level node with the vocabulary it uses.
private struct JSONLDDocument<Node: Encodable>: Encodable {
    let node: Node

    private struct ContextKey: CodingKey {
        var stringValue: String { "@context" }
        var intValue: Int? { nil }
        init() {}
        init?(stringValue: String) { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try node.encode(to: encoder)
        // The node's own keyed container: JSONEncoder hands back the same object for the same encoder.
        var container = encoder.container(keyedBy: ContextKey.self)
        try container.encode("https://schema.org", forKey: ContextKey())
    }
}

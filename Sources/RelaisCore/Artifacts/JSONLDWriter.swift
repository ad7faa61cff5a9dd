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
        guard let data = try? SortedJSONEncoder().encode(JSONLDDocument(node: node)) else { return nil }
        return escapedForScript(String(decoding: data, as: UTF8.self))
    }

    /// JSON text made safe inside a script element.
    static func escapedForScript(_ json: String) -> String {
        // Built as UTF-8 bytes: appending scalar by scalar to a String costs more than the escaping.
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += Array("\\u003c".utf8)
            case ">": out += Array("\\u003e".utf8)
            case "&": out += Array("\\u0026".utf8)
            case "\u{2028}": out += Array("\\u2028".utf8)
            case "\u{2029}": out += Array("\\u2029".utf8)
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
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
        // The node's own keyed container: the encoder hands back the same object for the same value.
        var container = encoder.container(keyedBy: ContextKey.self)
        try container.encode("https://schema.org", forKey: ContextKey())
    }
}

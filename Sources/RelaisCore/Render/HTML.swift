import Foundation
import RelaisFrench

/// The one way Swift code writes HTML: every text and attribute value goes through here, so no value of the
/// content, the options or `site.yaml` can end an attribute or open an element. Most HTML comes from the
/// templates, which escape on their own.
enum HTML {
    /// Text and attribute values: `& < > " '` escaped, per Unicode scalar (a quote followed by a combining mark
    /// is still escaped).
    static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text content (never an attribute value): escaped, and "1er" as `1<sup>er</sup>`, as the templates show a
    /// `{{value}}` placed in text content.
    static func words(_ value: String) -> String { FrenchOrdinals.superscriptOrdinals(inHTML: text(value)) }

    /// `<a href="…">text</a>` with both escaped (the text as `words`); `html` is already markup (a `<time>`, an
    /// ordinal's `<sup>`).
    static func link(_ href: String, text: String) -> String { link(href, html: HTML.words(text)) }
    static func link(_ href: String, html: String) -> String { "<a href=\"\(HTML.text(href))\">\(html)</a>" }

    /// `<element>html</element>`, for Relais's own fixed element names.
    static func element(_ name: StaticString, _ html: String) -> String { "<\(name)>\(html)</\(name)>" }

    /// The text of markup Relais wrote itself (a status detail with its `<time>` and `<sup>`): tags dropped, the
    /// five entities `text` writes decoded. For data files read by scripts that set text, never HTML.
    static func plainText(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        guard out.contains("&") else { return out }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

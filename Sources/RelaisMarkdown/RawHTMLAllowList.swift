/// What raw HTML may keep when `allowRawHtml` is on: the text-level and table elements an author needs, a few
/// plain attributes, and URLs with a harmless scheme. Everything else (scripts, styles, frames, forms, event
/// handlers, `style`) is dropped: the setting is for layout, never for code.
enum RawHTMLAllowList {
    static let elements: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements whose content goes with them: code or text that was never meant to show.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "template", "noscript", "textarea", "title", "xmp", "svg", "math",
        "frameset", "frame", "noembed", "noframes", "plaintext", "select", "audio", "video", "canvas",
    ]

    static let voidElements: Set<String> = ["br", "col", "hr", "img", "wbr"]

    private static let globalAttributes: Set<String> = ["class", "id", "title", "lang"]
    private static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang", "rel"], "img": ["src", "alt", "width", "height", "loading"],
        "td": ["colspan", "rowspan", "headers"], "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
        "ol": ["start", "reversed", "type"], "time": ["datetime"], "col": ["span"], "colgroup": ["span"],
        "details": ["open"], "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
    ]
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    static func allows(attribute: String, on element: String) -> Bool {
        globalAttributes.contains(attribute) || elementAttributes[element]?.contains(attribute) == true
    }

    /// Relative URLs, fragments, and http, https, mailto and tel. Entities and blanks are undone first, as a browser
    /// does: `jav&#x09;ascript:` and `java\nscript:` are `javascript:`.
    static func isSafeURL(_ raw: String) -> Bool {
        guard let scheme = scheme(of: raw) else { return true }
        return ["http", "https", "mailto", "tel"].contains(scheme)
    }

    /// cmark's own rule for Markdown links in safe mode.
    static func isDangerousLink(_ raw: String) -> Bool {
        guard let scheme = scheme(of: raw) else { return false }
        if scheme == "data" {
            let lower = decodeEntities(raw).lowercased().filter { !$0.isWhitespace }
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: lower.hasPrefix)
        }
        return ["javascript", "vbscript", "file"].contains(scheme)
    }

    /// The scheme of a URL as a browser reads it, lower-cased, or nil for a relative URL.
    static func scheme(of raw: String) -> String? {
        // Most destinations are plain ASCII with no entity (`https://…`, `../aides/x.md`): read on their bytes, as the
        // loop below would (it was a twentieth of `relais check`'s record).
        if !raw.utf8.contains(UInt8(ascii: "&")) {
            var scheme: [UInt8] = []
            for byte in raw.utf8 {
                guard byte < 0x80 else { break }
                if byte <= 0x20 || byte == 0x7F { continue }
                switch byte {
                case UInt8(ascii: ":"): return String(decoding: scheme, as: UTF8.self).lowercased()
                case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return nil
                default: scheme.append(byte)
                }
            }
            if !raw.utf8.contains(where: { $0 >= 0x80 }) { return nil }
        }
        return decodedScheme(of: raw)
    }

    /// `scheme(of:)` for any destination: entities decoded, every scalar looked at.
    static func decodedScheme(of raw: String) -> String? {
        let decoded = decodeEntities(raw).unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        var scheme = ""
        for scalar in decoded {
            switch scalar {
            case ":": return scheme.lowercased()
            case "/", "?", "#": return nil
            default: scheme.unicodeScalars.append(scalar)
            }
        }
        return nil
    }

    /// Numeric character references, and the named ones that can hide a scheme's colon or blanks.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let end = after.prefix(12).firstIndex(of: ";")
            let name = end.map { String(after[..<$0]) } ?? ""
            if let end, let scalar = scalar(forEntity: name) {
                output.unicodeScalars.append(scalar)
                rest = after[after.index(after: end)...]
            } else if !after.isEmpty, after.first == "#", let scalar = unterminatedNumber(after) {
                // Browsers also read `&#106avascript` without its semicolon.
                output.unicodeScalars.append(scalar.value)
                rest = after.dropFirst(scalar.length)
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    private static func scalar(forEntity name: String) -> Unicode.Scalar? {
        switch name.lowercased() {
        case "colon": return ":"
        case "tab": return "\t"
        case "newline": return "\n"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    private static func unterminatedNumber(_ text: Substring) -> (value: Unicode.Scalar, length: Int)? {
        var digits = text.dropFirst()
        let hex = digits.first == "x" || digits.first == "X"
        if hex { digits = digits.dropFirst() }
        let run = digits.prefix { hex ? $0.isHexDigit : $0.isNumber }.prefix(8)
        guard !run.isEmpty, let value = UInt32(run, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 1 + (hex ? 1 : 0) + run.count)
    }
}

import Foundation

/// Files of `media/` that would run code in a visitor's browser on the site's own address: HTML pages, and SVG
/// images with scripts, event handlers or `javascript:` links. Refused unless the build allows them
/// (`--medias-actifs`), since `media/` is filled by many hands and published as is.
enum ActiveMediaCheck {
    /// Why the file is active content, in French, or nil when it is passive.
    static func reason(for relative: String, at path: String) -> String? {
        let lowercased = relative.lowercased()
        if [".html", ".htm", ".xhtml", ".shtml", ".xht", ".mht", ".mhtml"].contains(where: lowercased.hasSuffix) {
            return "c'est une page HTML"
        }
        if lowercased.hasSuffix(".svgz") { return "c'est une image SVG compressée, que Relais ne peut pas vérifier" }
        guard lowercased.hasSuffix(".svg") || lowercased.hasSuffix(".xml") else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return activeMarkup(in: Array(data))
    }

    /// Scripts, event handlers and script URLs in SVG or XML text.
    static func activeMarkup(in bytes: [UInt8]) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if let element = activeElement(in: lower) { return "il contient un élément « \(element) »" }
        if contains(lower, Array("<?xml-stylesheet".utf8)) { return "il contient un élément « ?xml-stylesheet »" }
        // An entity declared in the DOCTYPE is expanded by the browser into markup this check never sees
        // (`<!ENTITY s "&#60;script&#62;…">`). Illustrator's plain ones (`<!ENTITY ns_svg "http://…">`) are text.
        if hasMarkupEntity(lower) { return "il déclare une entité (<!ENTITY) qui contient du balisage" }
        if hasEventHandler(lower) { return "il contient un attribut d'événement (onload, onclick…)" }
        // Entities and blanks are how `j&#97;vascript:` and `java script:` slip past a plain search: both undone first.
        let folded = decodedWithoutBlanks(lower)
        for scheme in ["javascript:", "vbscript:", "data:text/html", "data:image/svg"] where contains(folded, Array(scheme.utf8)) {
            return "il contient une adresse « \(scheme) »"
        }
        return nil
    }

    /// Elements that run or embed code, with or without a namespace prefix (`<script`, `<x:script`, `<svg:iframe`).
    private static func activeElement(in bytes: [UInt8]) -> String? {
        let active: Set<String> = ["script", "foreignobject", "iframe", "embed", "object", "handler"]
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var end = open + 1
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            let name = bytes[(open + 1)..<end]
            let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name
            let element = String(decoding: local, as: UTF8.self)
            if active.contains(element) { return element }
            index = max(end, open + 1)
        }
        return nil
    }

    /// An entity declaration whose value could hold markup (`<`, or `&` for a character reference to one), a
    /// parameter entity, or one read from another file.
    private static func hasMarkupEntity(_ bytes: [UInt8]) -> Bool {
        let declaration = Array("<!entity".utf8)
        var index = 0
        while index + declaration.count <= bytes.count {
            guard bytes[index] == declaration[0], bytes[index..<(index + declaration.count)].elementsEqual(declaration) else {
                index += 1
                continue
            }
            let start = index + declaration.count
            guard let quoteIndex = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return true }
            let head = String(decoding: bytes[start..<quoteIndex], as: UTF8.self)
            let words = head.split { $0.isWhitespace }
            if head.contains("%") || head.contains(">") || words.contains("system") || words.contains("public") { return true }
            guard let close = bytes[(quoteIndex + 1)...].firstIndex(of: bytes[quoteIndex]) else { return true }
            if bytes[(quoteIndex + 1)..<close].contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "%") }) { return true }
            index = close + 1
        }
        return false
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    /// ` onload=`, `\tonclick =` inside a tag (outside its quoted values): a blank or `/`, `on` and letters, then `=`.
    private static func hasEventHandler(_ bytes: [UInt8]) -> Bool {
        var inTag = false
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            guard inTag else {
                inTag = byte == UInt8(ascii: "<")
                continue
            }
            switch byte {
            case UInt8(ascii: ">"): inTag = false
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case _ where isBlank(byte) || byte == UInt8(ascii: "/"):
                if isHandler(bytes, after: index) { return true }
            default: break
            }
        }
        return false
    }

    private static func isHandler(_ bytes: [UInt8], after index: Int) -> Bool {
        guard index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "o"), bytes[index + 2] == UInt8(ascii: "n") else { return false }
        var cursor = index + 3
        while cursor < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[cursor]) { cursor += 1 }
        guard cursor > index + 3 else { return false }
        while cursor < bytes.count, isBlank(bytes[cursor]) { cursor += 1 }
        return cursor < bytes.count && bytes[cursor] == UInt8(ascii: "=")
    }

    private static func decodedWithoutBlanks(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "#"),
               let end = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                let digits = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value, value < 0x80 {
                    let decoded = UInt8(value)
                    if !isBlank(decoded) { output.append(decoded >= 0x41 && decoded <= 0x5A ? decoded + 0x20 : decoded) }
                    index = end + 1
                    continue
                }
            }
            if !isBlank(byte) { output.append(byte) }
            index += 1
        }
        return output
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte <= 0x20 }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}

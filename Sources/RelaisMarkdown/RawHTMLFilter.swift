import CCmark

/// Raw HTML kept by `allowRawHtml`, filtered tag by tag through `RawHTMLAllowList`: allowed elements are written
/// again with their allowed attributes only (values re-quoted and escaped), other tags are dropped with their
/// text kept, scripts and the like are dropped with their content, comments and declarations go.
enum RawHTMLFilter {
    /// Filters every raw HTML node of a parsed document, and empties the link and image URLs cmark's safe mode
    /// empties (it leaves them when raw HTML is allowed): `javascript:`, `vbscript:`, `file:`, and `data:` but images.
    static func apply(to root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                _ = cmark_node_set_literal(node, filter(literal))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if RawHTMLAllowList.isDangerousLink(url) {
                    _ = cmark_node_set_url(node, "")
                }
            default:
                continue
            }
        }
    }

    /// Works on UTF-8 bytes, as a browser's tokenizer does: a quote or `<` followed by a combining accent is one
    /// `Character` to Swift but still a quote or `<` to HTML.
    static func filter(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == lessThan else {
                output.append(byte)
                index += 1
                continue
            }
            if starts(bytes, index, "<!--") {
                index = find(bytes, from: index + 4, "-->").map { $0 + 3 } ?? bytes.count
            } else if starts(bytes, index, "<!") || starts(bytes, index, "<?") {
                index = find(bytes, from: index, ">").map { $0 + 1 } ?? bytes.count
            } else if let tag = Tag.parse(bytes, at: index) {
                index = tag.end
                if tag.isEnd {
                    if RawHTMLAllowList.elements.contains(tag.name), !RawHTMLAllowList.voidElements.contains(tag.name) {
                        output += Array("</\(tag.name)>".utf8)
                    }
                } else if RawHTMLAllowList.droppedWithContent.contains(tag.name) {
                    index = endOfContent(of: tag.name, in: bytes, from: index)
                } else if RawHTMLAllowList.elements.contains(tag.name) {
                    output += Array(tag.filtered.utf8)
                }
            } else {
                output += Array("&lt;".utf8)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Where the text after the end tag of `name` starts, or the end when it is not closed in this text.
    private static func endOfContent(of name: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while let open = find(bytes, from: index, "<") {
            if let tag = Tag.parse(bytes, at: open), tag.isEnd, tag.name == name { return tag.end }
            index = open + 1
        }
        return bytes.count
    }

    private static func starts(_ bytes: [UInt8], _ index: Int, _ prefix: String) -> Bool {
        let prefix = Array(prefix.utf8)
        return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func find(_ bytes: [UInt8], from start: Int, _ needle: String) -> Int? {
        var index = start
        while index < bytes.count {
            if starts(bytes, index, needle) { return index }
            index += 1
        }
        return nil
    }

    private static let lessThan = UInt8(ascii: "<")

    /// One start or end tag, read the way an HTML tokenizer reads it (ASCII syntax, any bytes in values).
    struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: [(name: String, value: String?)]
        /// The index just after the tag's `>`.
        var end: Int

        static func parse(_ bytes: [UInt8], at start: Int) -> Tag? {
            var index = start + 1
            let isEnd = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            if isEnd { index += 1 }
            guard index < bytes.count, isASCIILetter(bytes[index]) else { return nil }
            let nameStart = index
            while index < bytes.count, !isSeparator(bytes[index]) { index += 1 }
            let name = lowercased(bytes[nameStart..<index])
            var attributes: [(String, String?)] = []
            while true {
                while index < bytes.count, isBlank(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ">") { break }
                let attributeStart = index
                index += 1
                while index < bytes.count, !isSeparator(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
                let attributeName = lowercased(bytes[attributeStart..<index])
                while index < bytes.count, isBlank(bytes[index]) { index += 1 }
                var value: String?
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < bytes.count, isBlank(bytes[index]) { index += 1 }
                    guard index < bytes.count else { return nil }
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                        value = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                        index = close + 1
                    } else {
                        let valueStart = index
                        while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    }
                }
                attributes.append((attributeName, value))
            }
            return Tag(name: name, isEnd: isEnd, attributes: attributes, end: index + 1)
        }

        private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        private static func isSeparator(_ byte: UInt8) -> Bool { isBlank(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") }
        private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
            String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }

        /// The start tag written again: allowed attributes, safe URLs, values double-quoted and escaped.
        var filtered: String {
            var text = "<" + name
            var seen: Set<String> = []
            for (attribute, value) in attributes where RawHTMLAllowList.allows(attribute: attribute, on: name) && seen.insert(attribute).inserted {
                if RawHTMLAllowList.urlAttributes.contains(attribute), !RawHTMLAllowList.isSafeURL(value ?? "") { continue }
                text += " " + attribute
                if let value { text += "=\"" + Self.escaped(value) + "\"" }
            }
            return text + ">"
        }

        /// Escaped scalar by scalar: a quote stays a quote to HTML whatever combining mark follows it.
        private static func escaped(_ value: String) -> String {
            var text = ""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "&quot;"
                case "<": text += "&lt;"
                case ">": text += "&gt;"
                default: text.unicodeScalars.append(scalar)
                }
            }
            return text
        }
    }
}

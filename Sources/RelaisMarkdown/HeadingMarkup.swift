import CCmark

/// Gives a heading its rendered level and its id.
///
/// cmark's HTML renderer writes `<hN>` with no attributes and has no hook for them. Raw HTML nodes
/// would carry an id but safe mode omits them, and patching `<hN>` in the rendered HTML cannot tell
/// our headings from raw `<h2>` in unsafe mode. Custom nodes are written verbatim in both modes, so the
/// heading becomes a custom block (for the line breaks around it) holding a custom inline whose
/// enter/exit strings are the tags, and the heading's inlines move into it: the output is byte for
/// byte what cmark writes for a heading, plus the id.
enum HeadingMarkup {
    static func apply(to heading: OpaquePointer, level: Int, id: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            cmark_node_set_heading_level(heading, Int32(level))
            return
        }
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE),
              cmark_node_append_child(block, inline) == 1
        else {
            cmark_node_free(block)
            cmark_node_set_heading_level(heading, Int32(level))
            return
        }
        cmark_node_set_on_enter(inline, "<h\(level) id=\"\(escapeAttribute(id))\">")
        cmark_node_set_on_exit(inline, "</h\(level)>")

        while let child = cmark_node_first_child(heading) {
            guard cmark_node_append_child(inline, child) == 1 else { break }
        }
        guard cmark_node_first_child(heading) == nil, cmark_node_replace(heading, block) == 1 else {
            // Cannot happen with cmark's containment rules; if it did, keep the heading whole.
            while let child = cmark_node_first_child(inline) {
                guard cmark_node_append_child(heading, child) == 1 else { break }
            }
            cmark_node_free(block)
            cmark_node_set_heading_level(heading, Int32(level))
            return
        }
        // Unlinked from the tree now, so freeing the root would not reach it.
        cmark_node_free(heading)
    }

    /// Ids are slugs, but the caller's prefix could hold anything.
    static func escapeAttribute(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }) else {
            return value
        }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 8)
        for character in value.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

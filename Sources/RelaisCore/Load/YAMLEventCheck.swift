import CYaml

/// Anchors, aliases and explicit tags are refused from libyaml's own events, before Yams composes a tree.
///
/// Content has no use for them. An alias used as a key makes Yams hash the aliased tree again and again (a few
/// lines of nested anchors keep a build busy for hours), and a tag (`!!python/object`, `!!binary`) would be read
/// as plain text without a word. The events are the parser's own reading, so no indentation rule, block scalar or
/// line end (`\r` alone breaks lines in YAML) can hide one: the scan is linear and sees what the parser sees.
enum YAMLEventCheck {
    enum Finding: Equatable {
        case anchor, alias
        case tag(String)
    }

    /// The first anchor, alias or explicit tag, with its line and column (1-based); nil when there is none or when
    /// the YAML does not parse (Yams then reports the syntax error itself).
    static func firstRefused(in yaml: String) -> (line: Int, column: Int, finding: Finding)? {
        // None of them can be written without `&`, `*` or `!`: most front matters skip the parse.
        guard yaml.utf8.contains(where: { $0 == ampersand || $0 == asterisk || $0 == exclamation }) else { return nil }
        var bytes = Array(yaml.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer -> (Int, Int, Finding)? in
            guard let base = buffer.baseAddress else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, buffer.count - 1)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let found = finding(in: event)
                let type = event.type
                let mark = event.start_mark
                yaml_event_delete(&event)
                if let found { return (Int(mark.line) + 1, Int(mark.column) + 1, found) }
                if type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }

    private static func finding(in event: yaml_event_t) -> Finding? {
        let anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?
        switch event.type {
        case YAML_ALIAS_EVENT: return .alias
        case YAML_SCALAR_EVENT: (anchor, tag) = (event.data.scalar.anchor, event.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: (anchor, tag) = (event.data.sequence_start.anchor, event.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: (anchor, tag) = (event.data.mapping_start.anchor, event.data.mapping_start.tag)
        default: return nil
        }
        if anchor != nil { return .anchor }
        if let tag { return .tag(String(cString: tag)) }
        return nil
    }

    private static let ampersand = UInt8(ascii: "&"), asterisk = UInt8(ascii: "*"), exclamation = UInt8(ascii: "!")
}

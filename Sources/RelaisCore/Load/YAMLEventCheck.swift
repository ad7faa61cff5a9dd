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
        /// Lists and groups nested deeper than `maxDepth`: Yams composes them recursively.
        case tooDeep
        /// More values than `maxNodes`: Yams would take seconds to compose and check them.
        case tooManyValues
    }

    /// Far beyond any content's needs (a few levels, a few thousand values), far below what slows or breaks Yams.
    static let maxDepth = 64, maxNodes = 100_000

    /// The first anchor, alias or explicit tag, with its line and column (1-based); nil when there is none or when
    /// the YAML does not parse (Yams then reports the syntax error itself).
    static func firstRefused(in yaml: String) -> (line: Int, column: Int, finding: Finding)? {
        // An anchor, an alias or a tag needs `&`, `*` or `!`; depth needs brackets or a long text; so does a mass of
        // values. Most front matters have none of these and skip the parse.
        var brackets = 0, indicators = false
        for byte in yaml.utf8 {
            if byte == ampersand || byte == asterisk || byte == exclamation { indicators = true; break }
            if byte == openBracket || byte == openBrace { brackets += 1 }
        }
        guard indicators || brackets > maxDepth || yaml.utf8.count > 16_384 else { return nil }
        var bytes = Array(yaml.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer -> (Int, Int, Finding)? in
            guard let base = buffer.baseAddress else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, buffer.count - 1)
            var depth = 0, nodes = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                var found = finding(in: event)
                let type = event.type
                let mark = event.start_mark
                yaml_event_delete(&event)
                switch type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT: depth += 1; nodes += 1
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: depth -= 1
                case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT: nodes += 1
                default: break
                }
                if found == nil, depth > maxDepth { found = .tooDeep }
                if found == nil, nodes > maxNodes { found = .tooManyValues }
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
    private static let openBracket = UInt8(ascii: "["), openBrace = UInt8(ascii: "{")
}

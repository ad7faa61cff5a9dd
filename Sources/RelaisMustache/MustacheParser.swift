/// Nests the scanned tags: sections hold their content, a parent holds the blocks it defines.
enum MustacheParser {
    private struct Frame {
        let tag: MustacheScanner.Tag?
        var nodes: [MustacheNode] = []
        /// For a parent: its block definitions.
        var blocks: [String: [MustacheNode]] = [:]

        var isParent: Bool { tag?.kind == .parent }

        mutating func append(_ node: MustacheNode) {
            // Consecutive texts become one node: fewer steps when rendering.
            if case .text(let text) = node, case .text(let previous)? = nodes.last {
                nodes[nodes.count - 1] = .text(previous + text)
            } else {
                nodes.append(node)
            }
        }
    }

    static func parse(_ bytes: [UInt8]) throws(MustacheSyntaxError) -> [MustacheNode] {
        var frames = [Frame(tag: nil)]
        var html = HTMLContext()
        /// Where each open section, parent or block tag stood: a block's own place.
        var openedInText: [Bool] = []

        func add(_ node: MustacheNode, at tag: MustacheScanner.Tag?) throws(MustacheSyntaxError) {
            if frames[frames.count - 1].isParent {
                // Text between a parent's blocks is not output; anything else there is a mistake.
                guard case .text = node else {
                    throw MustacheSyntaxError(problem: .contentInsideParent, line: tag?.line ?? 1, column: tag?.column ?? 1)
                }
                return
            }
            frames[frames.count - 1].append(node)
        }

        for piece in try MustacheScanner.scan(bytes) {
            switch piece {
            case .text(let text):
                html.advance(over: text)
                try add(.text(Array(text)), at: nil)
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters: continue
                case .variable, .unescaped:
                    try add(.variable(MustacheName(tag.name), escaped: tag.kind == .variable, inText: html.isTextContent), at: tag)
                    html.skipValue()
                case .partial:
                    try add(.partial(tag.name, indentation: tag.standsAlone ? tag.indentation : [], inText: html.isTextContent), at: tag)
                case .section, .inverted, .parent:
                    if frames[frames.count - 1].isParent {
                        throw MustacheSyntaxError(problem: .contentInsideParent, line: tag.line, column: tag.column)
                    }
                    frames.append(Frame(tag: tag))
                    openedInText.append(html.isTextContent)
                case .block:
                    frames.append(Frame(tag: tag))
                    openedInText.append(html.isTextContent)
                case .close:
                    guard frames.count > 1, let opening = frames[frames.count - 1].tag, opening.name == tag.name else {
                        throw MustacheSyntaxError(problem: .unexpectedClose(tag.name, expected: frames.last?.tag?.name),
                                                  line: tag.line, column: tag.column)
                    }
                    let frame = frames.removeLast()
                    let inText = openedInText.removeLast()
                    switch opening.kind {
                    case .parent:
                        try add(.parent(opening.name, indentation: opening.standsAlone ? opening.indentation : [], blocks: frame.blocks, inText: inText), at: opening)
                    case .block where frames[frames.count - 1].isParent:
                        frames[frames.count - 1].blocks[opening.name] = frame.nodes
                    case .block:
                        try add(.block(opening.name, frame.nodes, inText: inText), at: opening)
                    default:
                        try add(.section(MustacheName(opening.name), inverted: opening.kind == .inverted, frame.nodes), at: opening)
                    }
                }
            }
        }
        if frames.count > 1, let open = frames.last?.tag {
            throw MustacheSyntaxError(problem: .unclosedSection(open.name), line: open.line, column: open.column)
        }
        return frames[0].nodes
    }
}

/// A set of parsed templates that name each other (partials, parents), rendered into bytes.
///
/// Lookups go through `MustacheModel.value(named:)`: no reflection and no cast. Rendering appends to one byte
/// buffer per page.
public struct MustacheTemplates: Sendable {
    public let documents: [String: MustacheDocument]
    /// Applied to what an escaped `{{name}}` placed in HTML text content has just appended (`output[start...]`,
    /// escaped text without tags), and to nothing else: the caller's typography that needs markup (an ordinal's
    /// `<sup>`), which attribute values, `<title>` or `<script>` cannot hold. The engine only knows where.
    public typealias TextContentFilter = @Sendable (_ output: inout [UInt8], _ start: Int) -> Void
    public let textContentFilter: TextContentFilter?
    /// Partials and parents nested deeper than this stop the page (a template that includes itself).
    public static let maximumDepth = 64

    public init(_ documents: [String: MustacheDocument], textContentFilter: TextContentFilter? = nil) {
        self.documents = documents
        self.textContentFilter = textContentFilter
    }

    public enum RenderError: Error, Sendable, Equatable {
        /// No template of that name (the first one asked, or a partial or parent it names).
        case unknownTemplate(String)
        /// Partials or parents nested deeper than `maximumDepth`: the names on the way.
        case tooDeep([String])
    }

    /// The template `name` rendered with `root` as the context.
    public func render(_ name: String, with root: MustacheValue) throws(RenderError) -> [UInt8] {
        guard let document = documents[name] else { throw .unknownTemplate(name) }
        var renderer = Renderer(templates: self, stack: [root], trail: [name])
        renderer.output.reserveCapacity(16_384)
        try renderer.render(document.nodes, blocks: [:])
        return renderer.output
    }
}

/// One rendering: the output so far, the context stack, and the partial indentation in force.
private struct Renderer {
    let templates: MustacheTemplates
    var stack: [MustacheValue]
    /// The partials and parents being rendered, outermost first.
    var trail: [String]
    var output: [UInt8] = []
    var indentation: [UInt8] = []
    /// A line of an indented partial starts: its indentation comes before the next output.
    var pendingIndentation = false
    /// False inside a partial or block placed where markup cannot go: its text content is not filtered either.
    var markupAllowed = true

    init(templates: MustacheTemplates, stack: [MustacheValue], trail: [String]) {
        self.templates = templates
        self.stack = stack
        self.trail = trail
    }

    mutating func render(_ nodes: [MustacheNode], blocks: [String: [MustacheNode]]) throws(MustacheTemplates.RenderError) {
        for node in nodes {
            switch node {
            case .text(let text) where indentation.isEmpty:
                output.append(contentsOf: text)
            case .text(let text):
                // Inside an indented partial, every line of the template text starts with the indentation.
                for line in text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                    if line.offset > 0 {
                        output.append(UInt8(ascii: "\n"))
                        pendingIndentation = true
                    }
                    if !line.element.isEmpty { write(Array(line.element)) }
                }
            case .variable(let name, let escaped, let inText):
                switch lookUp(name) {
                case .text(let text)?:
                    guard !text.isEmpty else { break }
                    indentIfPending()
                    if escaped {
                        let start = output.count
                        HTMLEscaping.append(text, to: &output)
                        if inText, markupAllowed, let filter = templates.textContentFilter { filter(&output, start) }
                    } else {
                        output.append(contentsOf: text.utf8)
                    }
                case .bool(let flag)?: write(Array((flag ? "true" : "false").utf8))
                default: break
                }
            case .section(let name, let inverted, let content):
                let value = lookUp(name)
                if inverted {
                    if value?.isFalsy ?? true { try render(content, blocks: blocks) }
                    continue
                }
                guard let value else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        try render(content, blocks: blocks)
                        stack.removeLast()
                    }
                case .bool(let flag): if flag { try render(content, blocks: blocks) }
                case .absent: break
                case .text, .model:
                    stack.append(value)
                    try render(content, blocks: blocks)
                    stack.removeLast()
                }
            case .partial(let name, let extra, let inText):
                try include(name, indentedBy: extra, inText: inText) { renderer, nodes throws(MustacheTemplates.RenderError) in
                    try renderer.render(nodes, blocks: blocks)
                }
            case .parent(let name, let extra, let defined, let inText):
                // Blocks already defined further out win over the ones defined here.
                let merged = blocks.merging(defined) { outer, _ in outer }
                try include(name, indentedBy: extra, inText: inText) { renderer, nodes throws(MustacheTemplates.RenderError) in
                    try renderer.render(nodes, blocks: merged)
                }
            case .block(let name, let fallback, let inText):
                let saved = markupAllowed
                markupAllowed = markupAllowed && inText
                try render(blocks[name] ?? fallback, blocks: blocks)
                markupAllowed = saved
            }
        }
    }

    private mutating func include(_ name: String, indentedBy extra: [UInt8], inText: Bool,
                                  _ body: (inout Renderer, [MustacheNode]) throws(MustacheTemplates.RenderError) -> Void) throws(MustacheTemplates.RenderError) {
        guard let document = templates.documents[name] else { throw .unknownTemplate(name) }
        guard trail.count < MustacheTemplates.maximumDepth else { throw .tooDeep(trail + [name]) }
        let saved = indentation, savedMarkup = markupAllowed
        markupAllowed = markupAllowed && inText
        if !extra.isEmpty {
            indentation += extra
            pendingIndentation = true
        }
        trail.append(name)
        try body(&self, document.nodes)
        trail.removeLast()
        indentation = saved
        markupAllowed = savedMarkup
    }

    private mutating func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        indentIfPending()
        output.append(contentsOf: bytes)
    }

    private mutating func indentIfPending() {
        guard pendingIndentation else { return }
        pendingIndentation = false
        output.append(contentsOf: indentation)
    }

    /// The first part of a name is looked for from the top of the stack down; the next ones inside what it found.
    private func lookUp(_ name: MustacheName) -> MustacheValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: MustacheValue?
        if name.isAnchored {
            found = stack.last.flatMap { Self.child(first, of: $0) }
        } else {
            for value in stack.reversed() {
                if let child = Self.child(first, of: value) { found = child; break }
            }
        }
        for part in name.parts.dropFirst() {
            guard let value = found else { return nil }
            found = Self.child(part, of: value)
        }
        return found
    }

    private static func child(_ name: String, of value: MustacheValue) -> MustacheValue? {
        if case .model(let model) = value { model.value(named: name) } else { nil }
    }
}

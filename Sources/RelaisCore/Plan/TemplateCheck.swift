/// Checks a page's templates against the schema of its view model before anything is rendered, looking every
/// tag's name up as swift-mustache will: up the context stack for the first part of a name, then inside each
/// value for the parts after a dot. swift-mustache renders a name it cannot find as nothing; here it is an error,
/// reported where the tag is written.
///
/// The context stack holds what sections pushed: a section over a list pushes each element, over a view model
/// pushes it, over a string pushes the string (which has no fields); over a Bool it pushes nothing, nor does an
/// inverted section (except an empty list, which has no fields either). Partials are checked in the context
/// they are included from; a parent (`{{<layout}}`) in the context of the tag, and each block it defines where
/// the parent places it.
struct TemplateCheck {
    let templates: TemplateSet
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<String> = []
    /// Templates already walked with a given context: each is walked once per context (and recursion stops).
    private var walked: Set<Walk> = []
    /// Block definitions their parent placed; the others are checked where they are written.
    private var placedBlocks: Set<String> = []

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// What a name is looked up in: a view model, or a value without fields (a string, a list, a Bool).
    enum Frame: Hashable {
        case model(ViewSchema)
        case opaque

        init(_ kind: FieldKind) {
            if case .model(let schema) = kind.unwrapped { self = .model(schema) } else { self = .opaque }
        }
    }

    /// A block definition of a parent, with the template it is written in.
    struct Block {
        let template: String
        let tag: TemplateTag
        let nodes: [TemplateNode]
        var id: String { "\(template):\(tag.line):\(tag.column)" }
    }

    struct Scope {
        var stack: [Frame]
        /// The blocks the enclosing parents define; the outermost definition wins, as in swift-mustache.
        var blocks: [String: Block] = [:]
    }

    /// A template in a context: the stack, and which definition each block name stands for.
    private struct Walk: Hashable {
        let template: String
        let stack: [Frame]
        let blocks: [String: String]
    }

    /// Checks the template `name` rendered with a view model of `schema`.
    mutating func check(template name: String, with schema: ViewSchema) {
        include(name, Scope(stack: [.model(schema)]))
    }

    private mutating func include(_ name: String, _ scope: Scope) {
        // A template that includes itself pushes a frame each time at most: stop at a depth no page reaches.
        let key = Walk(template: name, stack: scope.stack, blocks: scope.blocks.mapValues(\.id))
        guard let nodes = templates.trees[name], scope.stack.count < 64, walked.insert(key).inserted else { return }
        walk(nodes, in: name, scope)
    }

    private mutating func walk(_ nodes: [TemplateNode], in template: String, _ scope: Scope) {
        for node in nodes {
            switch node {
            case .variable(let tag):
                _ = resolve(tag, in: template, scope.stack)
            case .section(let tag, let children):
                guard let kind = resolve(tag, in: template, scope.stack) else { continue }  // renders nothing
                var inner = scope
                if tag.kind == .invertedSection {
                    if case .list = kind?.unwrapped { inner.stack.append(.opaque) }
                } else {
                    switch kind?.unwrapped {
                    case .list(let element): inner.stack.append(Frame(element))
                    case .bool: break
                    case .model(let schema): inner.stack.append(.model(schema))
                    case .text, .optional: inner.stack.append(.opaque)
                    case nil: inner.stack.append(scope.stack.last ?? .opaque)  // `{{#.}}`
                    }
                }
                walk(children, in: template, inner)
            case .partial(let tag):
                if tag.isDynamic { _ = resolve(tag, in: template, scope.stack) } else { include(tag.name, scope) }
            case .parent(let tag, let children):
                var definitions: [String: Block] = [:]
                for case .block(let blockTag, let content) in children {
                    definitions[blockTag.name] = Block(template: template, tag: blockTag, nodes: content)
                }
                var inner = scope
                inner.blocks.merge(definitions) { outer, _ in outer }
                if tag.isDynamic { _ = resolve(tag, in: template, scope.stack) } else { include(tag.name, inner) }
                for block in definitions.values.sorted(by: { ($0.tag.line, $0.tag.column) < ($1.tag.line, $1.tag.column) }) where !placedBlocks.contains(block.id) {
                    walk(block.nodes, in: template, scope)
                }
            case .block(let tag, let children):
                if let definition = scope.blocks[tag.name] {
                    placedBlocks.insert(definition.id)
                    walk(definition.nodes, in: definition.template, scope)
                } else {
                    walk(children, in: template, scope)
                }
            }
        }
    }

    /// What the tag's name gives: `.some(kind)` when found (`.some(nil)` for `{{.}}`, the current value), nil when
    /// not found, reported.
    private mutating func resolve(_ tag: TemplateTag, in template: String, _ stack: [Frame]) -> FieldKind?? {
        switch Self.lookup(tag.name, in: stack) {
        case .found(let kind): return .some(kind)
        case .missing(let part):
            report(part, at: tag, in: template)
            return nil
        }
    }

    enum Lookup: Equatable {
        case found(FieldKind?)
        /// The part of the name that nothing has.
        case missing(String)
    }

    /// `{{.}}` and `{{}}` are the current value; `{{a.b}}` looks `a` up the stack, then `b` inside it; `{{.a}}`
    /// looks `a` up in the current value only.
    static func lookup(_ name: String, in stack: [Frame]) -> Lookup {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .found(nil) }
        let candidates = name.hasPrefix(".") ? Array(stack.suffix(1)) : stack.reversed()
        var found: FieldKind?
        for case .model(let schema) in candidates {
            if let kind = schema.fields[first] { found = kind; break }
        }
        guard var kind = found else { return .missing(first) }
        for part in parts.dropFirst() {
            guard case .model(let schema) = kind.unwrapped, let inner = schema.fields[part] else { return .missing(part) }
            kind = inner
        }
        return .found(kind)
    }

    private mutating func report(_ name: String, at tag: TemplateTag, in template: String) {
        let file = templates.paths[template] ?? template
        guard reported.insert("\(file):\(tag.line):\(tag.column):\(name)").inserted else { return }
        diagnostics.append(Diagnostic(step: .plan, at: SourceLocation(file: file, line: tag.line, column: tag.column),
                                      "La balise « \(name) » ne correspond à aucune donnée de la page : elle s'afficherait vide.",
                                      hint: "Vérifiez son nom ; dans une section {{#x}}, seules les données de x et des niveaux au-dessus sont visibles."))
    }
}

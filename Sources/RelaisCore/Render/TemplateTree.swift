/// A template's tags as swift-mustache nests them: sections hold their content, a parent (`{{<layout}}`) holds
/// the blocks it defines, a block elsewhere (`{{$main}}`) holds its default content.
indirect enum TemplateNode: Sendable {
    case variable(TemplateTag)
    /// `{{#name}}` or `{{^name}}` and its content.
    case section(TemplateTag, [TemplateNode])
    case partial(TemplateTag)
    /// `{{<name}}`: the blocks it defines, by name.
    case parent(TemplateTag, [TemplateNode])
    /// `{{$name}}`: inside a parent, a definition; elsewhere, where the definition (or this default) goes.
    case block(TemplateTag, [TemplateNode])

    /// The nodes of a template already parsed by swift-mustache (so well formed); a stray close tag is ignored.
    static func tree(of tags: [TemplateTag]) -> [TemplateNode] {
        var open: [(tag: TemplateTag?, children: [TemplateNode])] = [(nil, [])]
        for tag in tags {
            switch tag.kind {
            case .variable: open[open.count - 1].children.append(.variable(tag))
            case .partial: open[open.count - 1].children.append(.partial(tag))
            case .section, .invertedSection, .parent, .block: open.append((tag, []))
            case .close:
                guard open.count > 1, let opening = open.last?.tag else { continue }
                let children = open.removeLast().children
                let node: TemplateNode = switch opening.kind {
                case .parent: .parent(opening, children)
                case .block: .block(opening, children)
                default: .section(opening, children)
                }
                open[open.count - 1].children.append(node)
            }
        }
        // Unclosed tags (not parsed by swift-mustache) keep their content at the top.
        return open.reversed().reduce([]) { inner, level in level.children + inner }
    }
}

/// A parsed template: its nodes, nested as the sections nest.
public struct MustacheDocument: Sendable {
    public let nodes: [MustacheNode]

    /// Parses a template; throws `MustacheSyntaxError` with the line and column of the faulty tag.
    public init(parsing text: String) throws(MustacheSyntaxError) {
        nodes = try MustacheParser.parse(Array(text.utf8))
    }
}

/// One piece of a template, ready to render: text is kept as bytes, names are split into their parts once.
public indirect enum MustacheNode: Sendable {
    /// Text of the template, copied as is.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}`, `{{&name}}` (as is). `inText`: placed in HTML text content, where
    /// markup can go (`<p>{{name}}</p>`, not `alt="{{name}}"` nor `<title>{{name}}</title>`): see `HTMLContext`.
    case variable(MustacheName, escaped: Bool, inText: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(MustacheName, inverted: Bool, [MustacheNode])
    /// `{{>name}}`; a partial alone on its line is indented as its tag was.
    /// `inText`: placed in text content; otherwise the text content of the partial is treated as plain.
    case partial(String, indentation: [UInt8], inText: Bool)
    /// `{{<name}}…{{/name}}`: renders the template `name` with the blocks defined here in place of its own.
    case parent(String, indentation: [UInt8], blocks: [String: [MustacheNode]], inText: Bool)
    /// `{{$name}}default{{/name}}` outside a parent: where a block defined by a child goes.
    case block(String, [MustacheNode], inText: Bool)
}

/// A tag's name: `.` (the current value) or dotted parts (`page.title`), the first found up the context stack
/// and the next ones inside it.
public struct MustacheName: Sendable, Hashable, CustomStringConvertible {
    /// Empty for `.`.
    public let parts: [String]
    /// `.title`: looked up in the current value only.
    public let isAnchored: Bool

    init(_ text: String) {
        isAnchored = text.count > 1 && text.hasPrefix(".")
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
    }

    public var description: String { parts.isEmpty ? "." : (isAnchored ? "." : "") + parts.joined(separator: ".") }
}

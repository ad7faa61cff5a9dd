/// A link or image found in the document, for link checking and diagnostics.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as cmark read it: backslash escapes and entities already decoded,
    /// before any rewrite.
    public let destination: String
    /// 1-based line of the link's `[`, `![` or `<` in the Markdown source.
    public let line: Int
    /// 1-based column of that character, counted in UTF-8 bytes like cmark (and compilers) do.
    public let column: Int
    public let isImage: Bool
    /// A destination cmark empties when it writes the HTML (`javascript:`, `vbscript:`, `file:`, `data:` but images):
    /// the reader would get a link to nowhere.
    public var isUnsafe: Bool { RawHTMLAllowList.isDangerousLink(destination) }

    /// The message of `LinkResolution.broken`, else nil.
    public let problem: String?

    public init(destination: String, line: Int, column: Int, isImage: Bool, problem: String? = nil) {
        self.destination = destination
        self.line = line
        self.column = column
        self.isImage = isImage
        self.problem = problem
    }
}

/// Everything one render of a Markdown document produces.
public struct RenderedMarkdown: Sendable, Equatable {
    public let html: String
    /// Every heading in document order, for a table of contents.
    public let headings: [MarkdownHeading]
    /// Every link and image in document order.
    public let links: [MarkdownLink]
    /// The text without markup: one block (paragraph, heading, code block) per paragraph,
    /// blocks separated by a blank line, whitespace collapsed inside a block. Raw HTML is left out;
    /// image descriptions are kept. For descriptions and search.
    public let plainText: String
    /// Every link's text and image's description, in document order, for content checks.
    public let linkTexts: [MarkdownLinkText]
    /// Every heading as written, in document order, for content checks.
    public let sourceHeadings: [SourceHeading]
    /// The pieces of text the caller's `spotText` picked, located in the source.
    public let spots: [TextSpot]

    public init(html: String, headings: [MarkdownHeading], links: [MarkdownLink], plainText: String,
                linkTexts: [MarkdownLinkText] = [], sourceHeadings: [SourceHeading] = [], spots: [TextSpot] = []) {
        self.html = html
        self.headings = headings
        self.links = links
        self.plainText = plainText
        self.linkTexts = linkTexts
        self.sourceHeadings = sourceHeadings
        self.spots = spots
    }
}

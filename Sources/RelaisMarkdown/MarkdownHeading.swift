/// A heading as rendered, for a table of contents.
public struct MarkdownHeading: Sendable, Equatable {
    /// The level after demotion, as in the HTML.
    public let level: Int
    /// Plain text of the heading (after the text transform, whitespace collapsed).
    public let text: String
    /// The `id` attribute of the heading, prefix included.
    public let id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

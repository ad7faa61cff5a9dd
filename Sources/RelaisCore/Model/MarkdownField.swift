/// A Markdown text written in the front matter (an aid's eligibility, an axis's description), with where its
/// text starts in the file, so that a broken link in it is reported at its own line and column.
public struct MarkdownField: Sendable, Hashable {
    public let text: String
    /// The file line of the text's first line.
    public let line: Int
    /// What to add to a column counted in the text to get the file's column.
    public let columnOffset: Int
}

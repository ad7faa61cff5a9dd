/// The text of a link or the description of an image, for checks on what a reader is told.
public struct MarkdownLinkText: Sendable, Equatable {
    /// 1-based line and UTF-8 column of the `[`, `<` or `![`, as in `MarkdownLink`.
    public let line: Int
    public let column: Int
    public let isImage: Bool
    /// The link's text or the image's description, whitespace collapsed (after the text transform).
    public internal(set) var text: String
    /// An image whose title marks it decorative (`MarkdownOptions.decorativeImageTitles`): rendered with `alt=""`.
    public let isDecorative: Bool

    public init(line: Int, column: Int, isImage: Bool, text: String, isDecorative: Bool = false) {
        self.line = line
        self.column = column
        self.isImage = isImage
        self.text = text
        self.isDecorative = isDecorative
    }
}

/// A heading as written in the source, before levels are renumbered.
public struct SourceHeading: Sendable, Equatable {
    /// The level written (`##` is 2).
    public let level: Int
    public let text: String
    /// 1-based line and UTF-8 column where the heading's block starts.
    public let line: Int
    public let column: Int

    public init(level: Int, text: String, line: Int, column: Int) {
        self.level = level
        self.text = text
        self.line = line
        self.column = column
    }
}

/// A piece of a text node that a caller asked to have located in the source (see `MarkdownRenderer.render`).
public struct TextSpot: Sendable, Equatable {
    /// The piece, as found in the text node (before the text transform).
    public let snippet: String
    /// 1-based line and UTF-8 column of the snippet in the source; where cmark puts its text node when the snippet
    /// is not written as is (an escape or an entity inside it).
    public var line: Int
    public var column: Int

    public init(snippet: String, line: Int = 0, column: Int = 0) {
        self.snippet = snippet
        self.line = line
        self.column = column
    }
}

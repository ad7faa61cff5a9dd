/// How a Markdown document becomes HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// Keeps raw HTML and dangerous URLs (`CMARK_OPT_UNSAFE`). Off, cmark writes
    /// `<!-- raw HTML omitted -->` and empties `javascript:`, `vbscript:`, `file:` and most `data:` URLs.
    public var allowRawHtml: Bool
    /// The level the document's top-most heading renders at: the page template owns the `h1`.
    public var baseHeadingLevel: Int
    /// Curly quotes, dashes and ellipses (`CMARK_OPT_SMART`).
    public var smartPunctuation: Bool
    /// Ids the page template already uses (e.g. `contenu`): heading ids never take them.
    public var reservedIds: Set<String>
    /// Prepended to every heading id.
    public var idPrefix: String
    /// Image titles, as `FrenchFolding.slug` spells them, that mark an image as decorative: it renders with
    /// `alt=""` and no title, so that screen readers pass over it.
    public var decorativeImageTitles: Set<String>
    /// Only what content checks read: headings (texts and ids), links, link texts and spotted text; no HTML and no
    /// plain text, and the text transform applied to heading and link texts alone. For `relais check`, which shows
    /// no text: the transform and the plain text of every paragraph were a sixth of its time.
    public var inspectsOnly: Bool

    public init(
        allowRawHtml: Bool = false,
        baseHeadingLevel: Int = 2,
        smartPunctuation: Bool = false,
        reservedIds: Set<String> = [],
        idPrefix: String = "",
        decorativeImageTitles: Set<String> = [],
        inspectsOnly: Bool = false
    ) {
        self.allowRawHtml = allowRawHtml
        self.baseHeadingLevel = baseHeadingLevel
        self.smartPunctuation = smartPunctuation
        self.reservedIds = reservedIds
        self.idPrefix = idPrefix
        self.decorativeImageTitles = decorativeImageTitles
        self.inspectsOnly = inspectsOnly
    }
}

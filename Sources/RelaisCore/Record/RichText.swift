/// A Markdown text of the content, rendered once in validate: safe HTML for pages, plain text for data, feeds and
/// search. The record holds where the two are (`RenderedTexts`), not the texts: `html` and `text` read them back
/// each time they are asked, so an output keeps a text no longer than it takes to make it.
public struct RichText: Sendable, Encodable {
    /// Where a text's HTML and plain text are, as an entry of the memo's format lays them out: the HTML, then the
    /// plain text's length, then the plain text.
    struct Stored: Sendable {
        let texts: RenderedTexts
        let place: RenderedTexts.Place
        let htmlOffset: Int
        let htmlCount: Int
        let textCount: Int
        /// A hash of both texts, for the record's fingerprints: reading 136 MB back to hash it would undo the saving.
        let digest: UInt64

        var textOffset: Int { htmlOffset + htmlCount + 8 }
    }

    private enum Content: Sendable {
        case inline(html: String, text: String)
        case stored(Stored)
    }

    private let content: Content
    /// The ids its headings received, for links to `page#anchor`.
    public let headingIds: [String]
    /// The plain text of its headings below the page's title (`h2`–`h6`), which the search weighs above the body:
    /// kept beside the place of the HTML so that the index does not read every page's HTML back to find them.
    let headingTexts: [String]

    public static let empty = RichText(html: "", text: "", headingIds: [], headingTexts: [])

    init(html: String, text: String, headingIds: [String], headingTexts: [String]) {
        content = .inline(html: html, text: text)
        self.headingIds = headingIds
        self.headingTexts = headingTexts
    }

    init(_ stored: Stored, headingIds: [String], headingTexts: [String]) {
        content = .stored(stored)
        self.headingIds = headingIds
        self.headingTexts = headingTexts
    }

    /// Texts this short stay in the record: a read each would cost more than their bytes.
    static func keepsInline(htmlCount: Int, textCount: Int) -> Bool { htmlCount + textCount <= 256 }

    /// Whether the record holds the text itself rather than its place (short texts, or a build that could not
    /// write its temporary file).
    var isInline: Bool { if case .inline = content { true } else { false } }

    /// Read from the build's texts each time: keep it only while making the output that shows it.
    public var html: String {
        switch content {
        case .inline(let html, _): html
        case .stored(let stored): stored.texts.string(stored.place, at: stored.htmlOffset, count: stored.htmlCount)
        }
    }

    /// Read from the build's texts each time: keep it only while making the output that shows it.
    public var text: String {
        switch content {
        case .inline(_, let text): text
        case .stored(let stored): stored.texts.string(stored.place, at: stored.textOffset, count: stored.textCount)
        }
    }

    /// The plain text, or its start when it is longer than `bytes` (cut at a whole scalar): a search excerpt needs
    /// the first lines of a body, not a read of all of it.
    func textHead(bytes: Int) -> String {
        switch content {
        case .inline(_, let text): text
        case .stored(let stored) where stored.textCount <= bytes: text
        case .stored(let stored): stored.texts.head(stored.place, at: stored.textOffset, count: bytes)
        }
    }

    enum CodingKeys: String, CodingKey { case html, text, digest }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // A fingerprint changes when the text does: its digest stands for it, without reading it back.
        if case .stored(let stored) = content, encoder is HashingEncoder {
            try container.encode(stored.digest, forKey: .digest)
            return
        }
        try container.encode(html, forKey: .html)
        try container.encode(text, forKey: .text)
    }
}

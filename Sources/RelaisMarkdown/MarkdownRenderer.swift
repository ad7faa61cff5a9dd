import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through cmark, with the edits Relais needs made on the tree: heading levels and
/// ids, link rewriting and checking, a text transform on text nodes only.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions
    private let textTransform: (@Sendable (String) -> String)?

    /// `textTransform` is applied to the literal of every text node only (never code, code blocks,
    /// raw HTML or link destinations): Relais passes French typography here.
    public init(options: MarkdownOptions = .init(), textTransform: (@Sendable (String) -> String)? = nil) {
        self.options = options
        self.textTransform = textTransform
    }

    /// One parse, one walk, one render. `resolveLink` sees every link and image destination in
    /// document order. `spotText` sees the text of every text node (never code, raw HTML or destinations), before
    /// the text transform, and names pieces of it to be located in the source (`RenderedMarkdown.spots`).
    /// `mayHoldSpots`, when given, sees a text node's bytes first: a node it rules out is not given to `spotText`,
    /// and is never made a String when nothing else needs one.
    public func render(
        _ markdown: String,
        resolveLink: (String) -> LinkResolution = { _ in .keep },
        spotText: ((String) -> [TextSpot])? = nil,
        mayHoldSpots: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil
    ) -> RenderedMarkdown {
        var source = markdown
        return source.withUTF8 { bytes in render(bytes: bytes, resolveLink: resolveLink, spotText: spotText, mayHoldSpots: mayHoldSpots) }
    }

    private func render(
        bytes: UnsafeBufferPointer<UInt8>,
        resolveLink: (String) -> LinkResolution,
        spotText: ((String) -> [TextSpot])?,
        mayHoldSpots: ((UnsafeBufferPointer<UInt8>) -> Bool)?
    ) -> RenderedMarkdown {
        // SOURCEPOS is left out: cmark records positions without it, and it would only add
        // data-sourcepos attributes to the HTML.
        var parseOptions = CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { parseOptions |= CMARK_OPT_SMART }
        let renderOptions = options.allowRawHtml ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT

        let parsed: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            guard let base = chars.baseAddress else { return cmark_parse_document("", 0, parseOptions) }
            return cmark_parse_document(base, chars.count, parseOptions)
        }
        guard let root = parsed else {
            return RenderedMarkdown(html: "", headings: [], links: [], plainText: "")
        }
        // Only the root is freed: it frees every node still in the tree.
        defer { cmark_node_free(root) }

        // The text transform needs whole runs of text ("Bonjour !", not "Bonjour " and "!"):
        // cmark_parser_finish already merges adjacent text nodes (cmark_consolidate_text_nodes),
        // so no second pass here; a test keeps watch.

        let walk = CmarkTree.walk(
            root: root, source: bytes, textTransform: textTransform, decorativeTitles: options.decorativeImageTitles,
            resolveLink: resolveLink, spotText: spotText, mayHoldSpots: mayHoldSpots, keepsPlainText: !options.inspectsOnly)
        // What a check reads is all in the walk and the headings' ids below.
        let rendersHTML = !options.inspectsOnly
        // A decorative image says nothing: no description, no title. Its children go after the walk, which
        // must not see the tree change shape.
        for image in walk.decorativeImages where rendersHTML {
            cmark_node_set_title(image, "")
            while let child = cmark_node_first_child(image) {
                cmark_node_unlink(child)
                cmark_node_free(child)
            }
        }
        // Raw HTML is the communication team's to write, not to script: filtered by an allow-list, never trusted.
        // After the walk (links rewritten) and before the headings get their own markup.
        if options.allowRawHtml, rendersHTML { RawHTMLFilter.apply(to: root) }

        let levels = HeadingLevels.rendered(
            sourceLevels: walk.headings.map(\.sourceLevel), base: options.baseHeadingLevel)
        var identifiers = HeadingIdentifier(
            prefix: options.idPrefix, reserved: options.reservedIds, expectedCount: walk.headings.count)
        var headings: [MarkdownHeading] = []
        headings.reserveCapacity(walk.headings.count)
        for (heading, level) in zip(walk.headings, levels) {
            let id = identifiers.identifier(for: heading.text)
            if rendersHTML { HeadingMarkup.apply(to: heading.node, level: level, id: id) }
            headings.append(MarkdownHeading(level: level, text: heading.text, id: id))
        }

        var html = ""
        if rendersHTML, let rendered = cmark_render_html(root, renderOptions) {
            html = String(cString: rendered)
            free(rendered)
        }
        return RenderedMarkdown(
            html: html, headings: headings, links: walk.links, plainText: walk.plainText.string,
            linkTexts: walk.linkTexts, sourceHeadings: walk.sourceHeadings, spots: walk.spots)
    }
}

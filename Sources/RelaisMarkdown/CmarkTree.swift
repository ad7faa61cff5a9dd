import CCmark
import RelaisFrench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A heading met during the walk; its level and id are known only once the whole document is.
struct WalkedHeading {
    let node: OpaquePointer
    let sourceLevel: Int
    let text: String
}

/// What the one walk over a parsed document collects.
struct DocumentWalk {
    var headings: [WalkedHeading] = []
    var links: [MarkdownLink] = []
    var plainText = PlainTextDocument()
    var linkTexts: [MarkdownLinkText] = []
    var sourceHeadings: [SourceHeading] = []
    var spots: [TextSpot] = []
    /// Images whose title marks them decorative, emptied once the walk is over.
    var decorativeImages: [OpaquePointer] = []
}

/// Blocks of plain text separated by a blank line.
struct PlainTextDocument {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ block: PlainTextBuffer) {
        guard !block.isEmpty else { return }
        if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
        bytes.append(contentsOf: block.bytes)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

enum CmarkTree {
    /// Walks the tree once: transforms text nodes, resolves and records links, gathers headings and
    /// plain text. Only node contents change here (literal, url), never the tree's shape, so the
    /// iterator stays valid; heading nodes are replaced later. Without `keepsPlainText`, the text of paragraphs and
    /// code blocks is neither transformed nor kept: only headings and link texts are, which content checks read.
    static func walk(
        root: OpaquePointer,
        source: UnsafeBufferPointer<UInt8>,
        textTransform: ((String) -> String)?,
        decorativeTitles: Set<String> = [],
        resolveLink: (String) -> LinkResolution,
        spotText: ((String) -> [TextSpot])? = nil,
        mayHoldSpots: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil,
        keepsPlainText: Bool = true
    ) -> DocumentWalk {
        var result = DocumentWalk()
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }

        var block = PlainTextBuffer()
        // Built on the first link only: most documents have few links, some none.
        var positions: LinkPositions?
        // The paragraph or heading being walked, for locating its links.
        var blockLines = 1...1
        var blockColumn = 1
        var blockMinimum: Int?
        // Where the next spotted piece of text of the block can start.
        var textMinimum: Int?
        // Snippets of the block that could not be found in the source (an escape or an entity inside them). Each miss
        // reads to the end of the block: a snippet missed once is not looked for again (the search only moves on), and
        // past a few different ones no new snippet is, lest a paragraph of many `Caf&eacute;!` take time in the square
        // of its length.
        var missed: Set<String> = []
        // Links and images entered and not yet left: their index in `linkTexts` and where their text starts in `block`.
        var openLinks: [(index: Int, start: Int)] = []
        var inHeading = false
        // Whether the text met now is read by anyone: always when the plain text is kept, else in headings and links
        // only. Leaving a paragraph's other text out of `block` changes no link text: one is taken from where its
        // link opened, its leading spaces dropped.
        var keepsText: Bool { keepsPlainText || inHeading || !openLinks.isEmpty }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)

            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_PARAGRAPH {
                    if keepsPlainText { result.plainText.append(block) }
                    block.removeAll()
                } else if type == CMARK_NODE_HEADING {
                    inHeading = false
                    let text = block.string
                    let level = Int(cmark_node_get_heading_level(node))
                    result.headings.append(WalkedHeading(node: node, sourceLevel: level, text: text))
                    result.sourceHeadings.append(SourceHeading(level: level, text: text, line: blockLines.lowerBound, column: blockColumn))
                    if keepsPlainText { result.plainText.append(block) }
                    block.removeAll()
                } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let open = openLinks.popLast() {
                    let bytes = block.bytes[min(open.start, block.bytes.count)...].drop { $0 == 0x20 }
                    result.linkTexts[open.index].text = String(decoding: bytes, as: UTF8.self)
                }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }

            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                block.removeAll()
                let first = Int(cmark_node_get_start_line(node))
                blockLines = first...max(first, Int(cmark_node_get_end_line(node)))
                blockColumn = Int(cmark_node_get_start_column(node))
                blockMinimum = nil
                textMinimum = nil
                missed.removeAll()
                inHeading = type == CMARK_NODE_HEADING

            case CMARK_NODE_TEXT:
                guard let literal = cmark_node_get_literal(node) else { break }
                var spotter = spotText
                if spotter != nil, let mayHoldSpots {
                    let length = strlen(literal)
                    let holds = UnsafeRawPointer(literal).withMemoryRebound(to: UInt8.self, capacity: max(length, 1)) {
                        mayHoldSpots(UnsafeBufferPointer(start: $0, count: length))
                    }
                    if !holds { spotter = nil }
                }
                // Made once for both hooks, and only when one needs it: most texts are short, but there are many.
                let original = spotter == nil && (textTransform == nil || !keepsText) ? "" : String(cString: literal)
                if let spotText = spotter {
                    for var spot in spotText(original) {
                        let locator = positions ?? LinkPositions(source: source)
                        positions = locator
                        let minimum = textMinimum ?? locator.blockStart(line: blockLines.lowerBound, column: blockColumn)
                        if !missed.contains(spot.snippet), missed.count < Self.maximumMisses,
                           let found = locator.find(Array(spot.snippet.utf8), from: minimum, throughLine: blockLines.upperBound) {
                            (spot.line, spot.column) = (found.line, found.column)
                            textMinimum = found.offset + 1
                        } else {
                            missed.insert(spot.snippet)
                            (spot.line, spot.column) = (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                        }
                        result.spots.append(spot)
                    }
                }
                if !keepsText {
                    break
                } else if let textTransform {
                    let transformed = textTransform(original)
                    // Bytes, not String equality, which would call NFC and NFD spellings equal.
                    // Setting the literal frees the old one: `literal` is dead after this.
                    if !ByteEquality.same(transformed, original) { cmark_node_set_literal(node, transformed) }
                    block.append(transformed)
                } else {
                    block.append(cString: literal)
                }

            case CMARK_NODE_CODE:
                if keepsText, let literal = cmark_node_get_literal(node) { block.append(cString: literal) }

            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                block.appendSpace()

            case CMARK_NODE_CODE_BLOCK:
                // A leaf block: it never sits inside a paragraph, so it is a block of its own.
                guard keepsPlainText else { break }
                var code = PlainTextBuffer()
                if let literal = cmark_node_get_literal(node) { code.append(cString: literal) }
                result.plainText.append(code)

            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = type == CMARK_NODE_IMAGE
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                var problem: String?
                switch resolveLink(destination) {
                case .keep:
                    break
                case .rewrite(let url):
                    cmark_node_set_url(node, url)
                case .broken(let message):
                    problem = message
                }

                var line = Int(cmark_node_get_start_line(node))
                var column = Int(cmark_node_get_start_column(node))
                let locator = positions ?? LinkPositions(source: source)
                positions = locator
                let minimum = blockMinimum ?? locator.blockStart(line: blockLines.lowerBound, column: blockColumn)
                if let found = locator.locate(
                    line: line, column: column, isImage: isImage, blockLines: blockLines, from: minimum)
                {
                    line = found.line
                    column = found.column
                    blockMinimum = found.offset + 1
                } else {
                    blockMinimum = minimum
                }
                result.links.append(MarkdownLink(
                    destination: destination, line: line, column: column, isImage: isImage, problem: problem))
                var isDecorative = false
                if isImage, !decorativeTitles.isEmpty, let title = cmark_node_get_title(node),
                   decorativeTitles.contains(FrenchFolding.slug(String(cString: title))) {
                    isDecorative = true
                    result.decorativeImages.append(node)
                }
                openLinks.append((result.linkTexts.count, block.bytes.count))
                result.linkTexts.append(MarkdownLinkText(line: line, column: column, isImage: isImage, text: "", isDecorative: isDecorative))

            default:
                // Raw HTML is markup, not text; containers hold nothing of their own.
                break
            }
        }
        return result
    }

    /// Different snippets of a block not found in the source after which new ones are placed where cmark puts their text.
    static let maximumMisses = 8
}

// View models hold ready strings, Bools, optionals and arrays only: swift-mustache prints Doubles oddly and
// treats "" and 0 as true. An absent value is nil, never "".

/// What every page hands to the layout: the site's chrome, the page's metadata, and its own content.
struct PageViewModel<Body: ViewModel>: ViewModel {
    let site: SiteChrome
    let page: PageMeta
    let body: Body
}

/// The parts of the layout that are the same on every page.
struct SiteChrome: ViewModel {
    let title: String
    let homeURL: String
    let stylesheetURL: String
    /// The Atom feed, linked from every page's head.
    let feedURL: String
    /// site.yaml `logo`, beside the title in the header.
    let logo: Logo?
    let faviconURL: String?
    /// `image/svg+xml`, `image/png` or `image/x-icon`.
    let faviconType: String?
    let navigation: [NavigationLink]
    let hasNavigation: Bool
    let accessibilityStatus: String
    let accessibilityURL: String
    let footerLinks: [Link]
    let publisherName: String
    let description: String
    /// The search page, linked from the header of every page.
    let searchURL: String
}

extension SiteChrome {
    struct Logo: ViewModel {
        let url: String
        let alt: String
    }

    static func mediaType(ofImage url: String) -> String {
        let lowered = url.lowercased()
        return lowered.hasSuffix(".svg") ? "image/svg+xml" : lowered.hasSuffix(".png") ? "image/png" : "image/x-icon"
    }
}

struct NavigationLink: ViewModel {
    let label: String
    let url: String
    /// `aria-current="page"` or the section the page belongs to.
    let current: Bool
}

struct Link: ViewModel, Hashable {
    let label: String
    let url: String
}

/// The page's own metadata, for `<head>`, the breadcrumb and the `h1`.
struct PageMeta: ViewModel {
    let title: String
    /// "Page – Site"
    let documentTitle: String
    let description: String
    let canonicalURL: String
    let openGraphType: String
    /// Ancestors of the page, home first; empty on the home page.
    let breadcrumb: [Link]
    let hasBreadcrumb: Bool
    /// The navigation path the page belongs to (`/aides/`), to mark the current menu entry.
    let section: String
    /// Noindex pages (404) are left out of search engines and the sitemap.
    let noindex: Bool
    /// JSON-LD blocks for the head, each already escaped for a script element by JSONLDWriter.
    let jsonLD: [StructuredDataBlock]
    /// The previous and next pages of a paginated list (`<link rel="prev">`, `rel="next"`).
    var previousURL: String? = nil
    var nextURL: String? = nil
}

/// One `<script type="application/ld+json">` of the head.
struct StructuredDataBlock: ViewModel {
    /// JSON made safe inside a script element (JSONLDWriter): rendered unescaped, with `{{{json}}}`.
    let json: String
}

/// A label and its value, for definition lists (`<dl>`).
struct Fact: ViewModel {
    let term: String
    /// HTML, produced by Relais's formatters (escaped text or `<sup>` ordinals).
    let valueHTML: String
}

/// A table with a caption and column headers, rendered accessibly by `partials/data-table`.
struct DataTable: ViewModel {
    struct Row: ViewModel {
        let header: String
        let cells: [String]
        /// Each cell with its column's heading, which a narrow screen shows beside it (`data-label`).
        let labelled: [Cell]

        init(header: String, cells: [String], columns: [String] = []) {
            self.header = header
            self.cells = cells
            labelled = cells.enumerated().map { Cell(label: $0.offset < columns.count ? columns[$0.offset] : "", value: $0.element) }
        }
    }
    struct Cell: ViewModel {
        let label: String
        let value: String
    }
    let caption: String
    /// The heading of the first column, whose cells head their rows.
    let rowHeading: String
    let columns: [String]
    let rows: [Row]
    /// Rows stacked as cards on a narrow screen instead of a table that scrolls sideways: for tables of text.
    let stacked: Bool

    init(caption: String, rowHeading: String, columns: [String], rows: [Row], stacked: Bool = false) {
        self.caption = caption
        self.rowHeading = rowHeading
        self.columns = columns
        self.rows = rows.map { Row(header: $0.header, cells: $0.cells, columns: columns) }
        self.stacked = stacked
    }
}

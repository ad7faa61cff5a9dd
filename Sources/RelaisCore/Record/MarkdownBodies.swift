import RelaisFrench
import RelaisMarkdown

/// Renders the Markdown of content files: French typography on text, links to other content files turned into
/// page URLs, headings placed under the page's own, and every broken link reported at its line.
struct MarkdownBodies: Sendable {
    /// Options shared by every text of the build; heading level, id prefix and ids to avoid vary per text.
    let options: MarkdownOptions
    let urls: SiteURLs
    /// Ids by content folder, to resolve links such as `../aides/x.md`.
    let ids: [String: Set<String>]
    /// Files under `media/`, relative to it.
    let media: Set<String>
    /// Aids closed for more than a year, with the day they closed: links to them are reported.
    let staleAids: [String: CalendarDate]

    /// `inspectsOnly`: the texts are only checked, never shown (`relais check`); they render to no HTML and no plain
    /// text, with the same diagnostics.
    init(content: ContentSet, urls: SiteURLs, reservedIds: Set<String>, staleAids: [String: CalendarDate] = [:], inspectsOnly: Bool = false) {
        // The heading level, id prefix and ids to avoid are set per text, from its placement.
        options = MarkdownOptions(allowRawHtml: content.site.allowRawHtml, reservedIds: reservedIds,
                                  decorativeImageTitles: Self.decorativeTitles, inspectsOnly: inspectsOnly)
        self.urls = urls
        self.staleAids = staleAids
        ids = [
            ContentKind.aid.rawValue: Set(content.aids.map(\.id)), ContentKind.event.rawValue: Set(content.events.map(\.id)),
            ContentKind.basin.rawValue: Set(content.basins.map(\.id)), ContentKind.programme.rawValue: Set(content.programmes.map(\.id)),
            ContentKind.news.rawValue: Set(content.news.map { "\($0.front.date.iso)-\($0.id)" }),
            ContentKind.page.rawValue: Set(content.pages.map(\.id)),
        ]
        media = Set(content.mediaFiles)
    }

    /// Where a text sits on its page: under which heading level, and which ids the page already uses.
    struct Placement {
        var headingLevel = 2
        /// Prefixed to heading ids, so that two texts of a page never give the same id.
        var idPrefix = ""
        /// Ids the page writes from its data (contact anchors, indicators).
        var reservedIds: Set<String> = []
        /// The day a dated text speaks of (a news item's date, an event's start): what it says of an aid then open
        /// is a record of that day, not a stale reference.
        var datedOn: CalendarDate?
    }

    /// The HTML of a Markdown text found in `file` at `line` (and `columnOffset` for a front-matter field);
    /// problems go to `diagnostics`. Links to site paths and to anchors of other content are collected in `siteLinks`,
    /// to be checked once every output is planned.
    func render(_ markdown: String, file: String, folder: String, line: Int, columnOffset: Int = 0, placement: Placement = Placement(),
                diagnostics: inout [Diagnostic], siteLinks: inout [SiteLink]) -> RenderedMarkdown {
        var options = self.options
        options.baseHeadingLevel = placement.headingLevel
        options.idPrefix = placement.idPrefix
        options.reservedIds.formUnion(placement.reservedIds)
        let renderer = MarkdownRenderer(options: options, textTransform: { FrenchTypography.apply($0) })
        // Typography slips are looked for in text nodes only (never code, raw HTML or destinations).
        var slips: [TypographySlip] = []
        let rendered = renderer.render(markdown, resolveLink: { destination in resolve(destination, from: folder) }, spotText: { text in
            let found = TypographySlip.find(in: text)
            slips += found
            return found.map { TextSpot(snippet: $0.snippet) }
        }, mayHoldSpots: TypographySlip.mayHoldSlips)
        var columns = TextColumns(markdown)
        // Positions are worked out only for what needs one; `TextColumns` walks on from the previous query.
        func locate(_ textLine: Int, _ byteColumn: Int) -> SourceLocation {
            let column = columns.characterColumn(line: textLine, byteColumn: byteColumn) + columnOffset
            return SourceLocation(file: file, line: line + textLine - 1, column: column)
        }
        var problems = 0
        for link in rendered.links {
            func location() -> SourceLocation { locate(link.line, link.column) }
            if let problem = link.problem {
                problems += 1
                // Past the share of one file, the rest are counted in one line (see `DiagnosticLog`).
                guard problems <= DiagnosticLog.maxPerFile else { continue }
                diagnostics.append(Diagnostic(step: .validate, at: location(), problem,
                                              hint: "Un lien vers un autre contenu s'écrit avec son chemin relatif, par exemple ../aides/identifiant.md."))
            } else if link.isUnsafe {
                // Found by hostile testing: published as a link to nowhere (`href=""`) without a word. A warning: the
                // page is safe as published, the author learns why the link leads nowhere.
                let scheme = link.destination.prefix { $0 != ":" }.lowercased().filter { !$0.isWhitespace }
                diagnostics.append(Diagnostic(.warning, step: .validate, at: location(),
                                              "Le lien « \(link.destination.prefix(60)) » est publié sans adresse : une adresse « \(scheme): » n'est pas permise dans un contenu.",
                                              hint: "Écrivez une adresse https://…, mailto: ou tel:, ou le chemin d'un contenu (../aides/identifiant.md) ou d'un fichier de media/."))
            } else if let target = siteLink(link.destination, from: folder) {
                siteLinks.append(SiteLink(target: target, location: location()))
            }
        }
        diagnostics += Self.checks(rendered, slips: slips, staleAid: { ContentAgeCheck.stillStale(staleAids, $0, from: placement.datedOn) }, locate: locate)
        if problems > DiagnosticLog.maxPerFile {
            diagnostics.append(DiagnosticLog.summary(at: SourceLocation(file: file, line: line), count: problems - DiagnosticLog.maxPerFile,
                                                     hasError: true, step: .validate))
        }
        // Ordinals as the dates Relais formats show them: 1<sup>er</sup>.
        return RenderedMarkdown(html: FrenchOrdinals.superscript(inHTML: rendered.html), headings: rendered.headings, links: rendered.links,
                                plainText: rendered.plainText)
    }

    /// cmark counts columns in UTF-8 bytes; editors and Yams count characters.
    static func characterColumn(byteColumn: Int, line: Int, in text: String) -> Int {
        var columns = TextColumns(text)
        return columns.characterColumn(line: line, byteColumn: byteColumn)
    }

    /// `../aides/x.md#a` → `/aides/x/#a`; `../media/f.pdf` → `/media/f.pdf`; anything else is kept.
    func resolve(_ destination: String, from folder: String) -> LinkResolution {
        if destination.hasPrefix("/"), !destination.hasPrefix("//") {
            return resolveSitePath(destination)
        }
        // Byte scans: `String.contains(_: String)` goes through Foundation's search, 2 % of `relais check`.
        if destination.utf8.contains(UInt8(ascii: ":")) || destination.hasPrefix("#") || destination.hasPrefix("//") || destination.isEmpty {
            return .keep
        }
        let (path, fragment) = splitFragment(destination)
        var segments: [String]
        if let sibling = Self.siblingPath(path, from: folder) {
            segments = sibling
        } else {
            segments = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
            for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
                switch segment {
                case ".": continue
                case "..":
                    if segments.isEmpty { return .broken("Le lien « \(destination) » sort du dossier de contenu.") }
                    segments.removeLast()
                default: segments.append(String(segment))
                }
            }
        }
        guard let folderName = segments.first else { return .broken("Le lien « \(destination) » ne mène à aucun fichier.") }
        if folderName == "media" {
            let mediaPath = segments.dropFirst().joined(separator: "/")
            guard media.contains(mediaPath) else { return .broken("Le fichier « media/\(mediaPath) » n'existe pas.") }
            return .rewrite(urls.link("/media/\(mediaPath)") + fragment)
        }
        guard segments.count == 2, let kind = ContentKind(rawValue: folderName), segments[1].hasSuffix(".md") else {
            return .broken("Le lien « \(destination) » ne mène pas à un fichier de contenu (aides/…, evenements/…, pages/…).")
        }
        let name = String(segments[1].dropLast(3))
        guard ids[folderName]?.contains(name) == true else {
            return .broken("Le lien « \(destination) » mène à \(folderName)/\(name).md, qui n'existe pas.")
        }
        let id = kind == .news ? String(name.dropFirst(11)) : name
        return .rewrite(urls.link(SiteURLs.path(of: kind, id: id)) + fragment)
    }

    /// `/aides/` → the page's link with the base path; whether the build writes that page is checked once the
    /// site is planned.
    func resolveSitePath(_ destination: String) -> LinkResolution {
        .rewrite(urls.link(destination))
    }

    /// The site path a link leads to, when it must be checked against the planned site: a site path, or a link to
    /// other content with an anchor (`../aides/x.md#montants`).
    func siteLink(_ destination: String, from folder: String) -> String? {
        if destination.hasPrefix("/"), !destination.hasPrefix("//") { return destination }
        guard destination.utf8.contains(UInt8(ascii: "#")), !destination.hasPrefix("#"), !destination.utf8.contains(UInt8(ascii: ":")),
              case .rewrite(let link) = resolve(destination, from: folder) else { return nil }
        // Back from the base path to the site path.
        return "/" + link.dropFirst(urls.basePath.count)
    }

    /// `../aides/x.md` from a content folder (`pages`): `["aides", "x.md"]`, as the general walk above would make it,
    /// without splitting; nil for any other form. Nearly every link between contents has this form.
    static func siblingPath(_ path: String, from folder: String) -> [String]? {
        let slash = UInt8(ascii: "/")
        guard !folder.isEmpty, !folder.utf8.contains(slash), path.hasPrefix("../") else { return nil }
        let rest = path.utf8.dropFirst(3)
        guard let middle = rest.firstIndex(of: slash) else { return nil }
        let kind = path[rest.startIndex..<middle]
        let name = path[path.utf8.index(after: middle)...]
        guard !kind.isEmpty, !name.isEmpty, !name.utf8.contains(slash), kind != ".", kind != "..", name != ".", name != ".." else { return nil }
        return [String(kind), String(name)]
    }

    private func splitFragment(_ destination: String) -> (String, String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }
}

import RelaisFrench
import RelaisMarkdown

/// The checks on what a Markdown text tells its readers, made on the render itself (no second parse): images without
/// a description, links whose text says nothing alone, headings that skip a level, links to aids closed long ago and
/// typography slips. Warnings, each at the offending text.
extension MarkdownBodies {
    /// Image titles that mark an image as decorative, as `FrenchFolding.slug` spells them: `"décorative"`.
    static let decorativeTitles: Set<String> = ["decorative", "decoratif"]

    /// Link texts that say nothing once read out of their sentence (screen readers list links alone), folded by
    /// `FrenchFolding.slug`: case, accents and punctuation do not matter.
    static let vagueLinkTexts: Set<String> = [
        "ici", "par-ici", "cliquez-ici", "cliquer-ici", "clique-ici", "cliquez", "en-savoir-plus", "pour-en-savoir-plus",
        "savoir-plus", "lire-la-suite", "la-suite", "suite", "lire-plus", "plus", "voir-plus", "en-voir-plus",
        "plus-d-info", "plus-d-infos", "plus-d-information", "plus-d-informations", "infos", "lien", "ce-lien", "le-lien",
        "voir", "voir-ici", "consulter", "this-link", "link", "here", "click-here", "read-more", "more", "learn-more",
    ]

    /// The warnings of one rendered text. `locate` turns a line and a UTF-8 column of the text into a file position;
    /// `slips` go with `rendered.spots`, one for one.
    static func checks(_ rendered: RenderedMarkdown, slips: [TypographySlip], staleAid: (String) -> CalendarDate?,
                       locate: (Int, Int) -> SourceLocation) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func warn(_ line: Int, _ column: Int, _ message: String, _ hint: String) {
            diagnostics.append(Diagnostic(.warning, step: .validate, at: locate(line, column), message, hint: hint))
        }
        for (link, text) in zip(rendered.links, rendered.linkTexts) {
            let words = text.text
            if link.isImage {
                guard words.allSatisfy(\.isWhitespace), !text.isDecorative else { continue }
                warn(text.line, text.column, "L'image « \(link.destination) » n'a pas de texte de remplacement.",
                     "Décrivez ce qu'elle montre entre les crochets : ![Carte du bassin d'emploi](\(link.destination)). "
                        + "Si elle est purement décorative, écrivez ![](\(link.destination) \"décorative\").")
            } else if vagueLinkTexts.contains(FrenchFolding.slug(words)) {
                warn(text.line, text.column, "Le texte du lien « \(words) » ne dit pas, lu seul, où il mène.",
                     "Écrivez ce que le lecteur y trouvera, par exemple [le formulaire de demande](…) plutôt que [\(words)](…) : "
                        + "les lecteurs d'écran énoncent souvent les liens hors de leur phrase.")
            }
            if !link.isImage, let id = aidId(link.destination), let closed = staleAid(id) {
                diagnostics.append(ContentAgeCheck.staleAidReference(id, closed: closed, at: locate(link.line, link.column)))
            }
        }
        var previous: Int?
        for heading in rendered.sourceHeadings {
            defer { previous = heading.level }
            guard let previous, heading.level > previous + 1 else { continue }
            let marks = { (level: Int) in String(repeating: "#", count: level) }
            warn(heading.line, heading.column,
                 "Le titre « \(heading.text) » (\(marks(heading.level))) saute un niveau : le titre qui le précède est de niveau \(previous) (\(marks(previous))).",
                 "Écrivez « \(marks(previous + 1)) \(heading.text) », ou ajoutez avant lui un titre de niveau \(previous + 1).")
        }
        for (spot, slip) in zip(rendered.spots, slips) {
            warn(spot.line, spot.column + slip.signOffset, slip.message, slip.hint)
        }
        return diagnostics
    }

    /// Whether `path` holds `.md` anywhere, on its bytes.
    private static func mentionsMarkdownFile(_ path: Substring) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in path.utf8 {
            if byte == UInt8(ascii: "d"), previous == (UInt8(ascii: "."), UInt8(ascii: "m")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The aid a link leads to: `/aides/x/…` or a relative `…/aides/x.md…`.
    static func aidId(_ destination: String) -> String? {
        // Most links lead elsewhere (`https://…`): no splitting for them. A colon in the fragment does not count.
        let beforeFragment = destination.utf8.prefix { $0 != UInt8(ascii: "#") }
        guard destination.hasPrefix("/") || !beforeFragment.contains(UInt8(ascii: ":")) else { return nil }
        let path = destination[..<(destination.firstIndex(of: "#") ?? destination.endIndex)]
        // Neither form below can hold without one of these: no splitting for the other links (a twentieth of the
        // record in `relais check`).
        guard path.hasPrefix("/aides/") || mentionsMarkdownFile(path) else { return nil }
        let segments = PathSegments(path)
        if path.hasPrefix("/"), !path.hasPrefix("//"), segments.count >= 2, segments.first == "aides", let second = segments.second {
            return String(second)
        }
        guard !path.utf8.contains(UInt8(ascii: ":")), segments.count >= 2, segments.beforeLast == "aides",
              let last = segments.last, last.hasSuffix(".md") else { return nil }
        return String(last.dropLast(3))
    }
}

/// The non-empty segments of a path between `/` that `aidId` reads (the first two and the last two) and how many
/// there are, found without an array: `split` made one for every link of the site.
private struct PathSegments {
    private(set) var count = 0
    private(set) var first: Substring?
    private(set) var second: Substring?
    private(set) var beforeLast: Substring?
    private(set) var last: Substring?

    init(_ path: Substring) {
        let slash = UInt8(ascii: "/")
        var index = path.utf8.startIndex
        let end = path.utf8.endIndex
        while index < end {
            guard path.utf8[index] != slash else {
                index = path.utf8.index(after: index)
                continue
            }
            let start = index
            index = path.utf8[start...].firstIndex(of: slash) ?? end
            let segment = path[start..<index]
            count += 1
            if count == 1 { first = segment } else if count == 2 { second = segment }
            beforeLast = last
            last = segment
        }
    }
}

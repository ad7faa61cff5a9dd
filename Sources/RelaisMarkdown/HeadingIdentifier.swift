import RelaisFrench

/// Heading ids: a slug of the heading's text, prefixed, unique in the document and never a reserved id.
struct HeadingIdentifier {
    private let prefix: String
    private var used: Set<String>
    /// The next suffix to try for a base id, so many duplicates do not rescan from "-2".
    private var nextSuffix: [String: Int] = [:]

    init(prefix: String, reserved: Set<String>, expectedCount: Int = 0) {
        self.prefix = prefix
        self.used = reserved
        used.reserveCapacity(reserved.count + expectedCount)
    }

    /// A fresh id for a heading with this plain text.
    mutating func identifier(for text: String) -> String {
        let base = prefix + Self.slug(text)
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base] ?? 2
        var candidate = base + "-" + String(suffix)
        while used.contains(candidate) {
            suffix += 1
            candidate = base + "-" + String(suffix)
        }
        nextSuffix[base] = suffix + 1
        used.insert(candidate)
        return candidate
    }

    /// The heading's slug (see `FrenchFolding.slug`); "section" when nothing is left.
    static func slug(_ text: String) -> String {
        let slug = FrenchFolding.slug(text)
        return slug.isEmpty ? "section" : slug
    }
}

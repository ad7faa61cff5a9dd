/// Renumbers heading levels so the page keeps its own `h1` and the outline has no gaps.
enum HeadingLevels {
    /// The rendered level of each heading, given the levels written in the source.
    ///
    /// A heading renders one level below the nearest earlier heading written at a smaller level
    /// (its section's parent), or at `base` when there is none: the document's top-most headings land
    /// on `base`, `#` then `###` gives `base` then `base + 1`, and siblings stay siblings.
    static func rendered(sourceLevels: [Int], base: Int) -> [Int] {
        let base = min(max(base, 1), 6)
        var open: [(source: Int, rendered: Int)] = []
        var result: [Int] = []
        result.reserveCapacity(sourceLevels.count)
        for level in sourceLevels {
            while let last = open.last, last.source >= level { open.removeLast() }
            let rendered = min((open.last?.rendered ?? base - 1) + 1, 6)
            open.append((level, rendered))
            result.append(rendered)
        }
        return result
    }
}

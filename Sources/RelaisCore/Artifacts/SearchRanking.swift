import Foundation

/// How a page ranks for a term, modelled on Pagefind 1.x, which ranks by BM25: each occurrence of the term counts
/// its field's weight (title 7, summary or promise 3, headings and labels 2, body 1), and that weighted count `f`
/// saturates and is normalised by the page's length against the average length, with Pagefind's defaults
/// k1 = 1.4 and b = 0.75:
///
///     t = f / (k1 × (1 − b + b × length / average length))      score = IDF × (k1 + 1) × t / (1 + t)
///
/// The script ranks before it fetches any result file, from the shards alone: the index keeps `t` for each page
/// a term is in, as one of `codes` codes on a square-root scale, fine where the best pages of a common word differ
/// (by a few per cent of a large `t`) and coarser below; the script adds each term's IDF, from the number of its
/// pages, and, for a longer term matched by a prefix as it is typed, Pagefind's term similarity.
enum SearchRanking {
    static let k1 = 1.4
    static let b = 0.75
    static let codes = 64
    /// The width of a code in √t: codes cover t up to 36 (a title, a summary and mentions in the headings and body
    /// of a short page); the few above share the last code.
    static let step = 6.0 / Double(codes)

    /// Pagefind weighs its `h1` 7 times other text; the summary, headings and labels, plain text or table cells on
    /// a Pagefind page, are weighed a little above the body here, as the order of fields asks.
    static func weight(_ field: SearchDocument.Field) -> Int {
        switch field {
        case .title: 7
        case .summary: 3
        case .headings: 2
        case .body: 1
        }
    }

    /// The code of a page for a term: `weightedCount` is the sum of the weights of the term's occurrences in the
    /// page, `length` its number of terms (every field), `averageLength` that of all pages.
    static func code(weightedCount: Int, length: Int, averageLength: Double) -> Int {
        let t = Double(weightedCount) / (k1 * (1 - b + b * Double(length) / Swift.max(averageLength, 1)))
        return Swift.min(Int(t.squareRoot() / step), codes - 1)
    }

    /// The t the script gives a code: the middle of its interval.
    static func frequency(code: Int) -> Double {
        let root = (Double(code) + 0.5) * step
        return root * root
    }

    /// What the script reads in the manifest to turn a code back into t.
    struct Scale: Encodable {
        let step = SearchRanking.step
    }
}

import Foundation
import RelaisFrench

/// `/recherche/index/manifeste.json`: what the script reads first, to know which shards exist and how large.
struct SearchManifest: Encodable {
    let version = 1
    let documents: Int
    let documentsPerFile: Int
    /// Result kinds by number ("Aide", "Événement"…).
    let kinds: [String]
    let stopWords: [String]
    /// Shard key (a folded prefix) → its size in bytes.
    let shards: [String: Int]
}

/// One result as the script shows it: kind number, link, title, summary and the start of the body, in French
/// typography, plain text only (the script sets them with textContent).
struct SearchResultEntry: Encodable {
    let k: Int
    let u: String
    let t: String
    let s: String
    let e: String

    init(_ document: SearchDocument, urls: SiteURLs) {
        k = document.kind.rawValue
        u = urls.link(document.path)
        t = FrenchTypography.apply(document.title)
        s = FrenchTypography.apply(document.summary)
        e = FrenchTypography.apply(Self.excerpt(document.body))
    }

    /// The body's first words, up to `SearchIndex.excerptLength` characters, cut between words.
    static func excerpt(_ body: String) -> String {
        // Only the start is read: bodies are long and there is one per page.
        var head = String.UnicodeScalarView()
        for scalar in body.unicodeScalars.prefix(SearchIndex.excerptLength + 1) { head.append(scalar == "\n" ? " " : scalar) }
        guard head.count > SearchIndex.excerptLength else { return String(head).trimmingCharacters(in: .whitespaces) }
        let words = String(head.dropLast()).split(separator: " ").dropLast()
        return words.joined(separator: " ") + " …"
    }
}


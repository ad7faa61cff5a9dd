import Foundation
import RelaisFrench

/// `/recherche/index/manifeste.json`: what the script reads first, to know which shards exist and how large.
struct SearchManifest: Encodable {
    let version = 2
    let documents: Int
    let documentsPerFile: Int
    /// Result kinds by number ("Aide", "Événement"…).
    let kinds: [String]
    let stopWords: [String]
    /// How a posting's weight code turns back into a term frequency (SearchRanking.swift).
    let ranking = SearchRanking.Scale()
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
        // Four bytes a scalar at most: the heads hold one scalar more than the excerpt, as the whole texts would.
        e = FrenchTypography.apply(Self.excerpt(document.bodyHeads(bytes: 4 * (SearchIndex.excerptLength + 1))))
    }

    /// `[{"e":…,"k":…,"s":…,"t":…,"u":…},…]`: the bytes SortedJSONEncoder writes for `entries`, written directly
    /// (there is a file for every two pages of the site).
    static func json(_ entries: [SearchResultEntry]) -> String {
        json(objects: entries.map(\.object)[...])
    }

    /// A file of entries given as their `object`s, in order.
    static func json(objects: ArraySlice<[UInt8]>) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, object) in objects.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += object
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `{"e":…,"k":…,"s":…,"t":…,"u":…}`: one entry, kept as it is between builds (SearchCache).
    var object: [UInt8] {
        var bytes: [UInt8] = []
        for (key, value) in [("{\"e\":", e), (",\"k\":", nil), (",\"s\":", s), (",\"t\":", t), (",\"u\":", u)] {
            bytes.append(contentsOf: key.utf8)
            if let value { JSONText.appendString(value, to: &bytes) } else { bytes.append(contentsOf: String(k).utf8) }
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// The body's first words, up to `SearchIndex.excerptLength` characters, cut between words, lines joined; its
    /// texts are read as joined by line breaks.
    static func excerpt(_ texts: [String]) -> String {
        // Only the start is read, by bytes: bodies are long and there is one per page. A plain loop, not a closure
        // over `head`: each byte would pay a run-time exclusivity check.
        var head: [UInt8] = []
        head.reserveCapacity(4 * SearchIndex.excerptLength)
        var scalars = 0
        var full = false
        for (index, text) in texts.enumerated() where !full {
            var text = text
            text.withUTF8 { bytes in
                // The line break that joins two texts comes first, and counts as a scalar.
                var position = index > 0 ? -1 : 0
                while position < bytes.count {
                    let byte = position < 0 ? UInt8(ascii: "\n") : bytes[position]
                    if byte & 0xC0 != 0x80 {
                        scalars += 1
                        if scalars > SearchIndex.excerptLength {
                            full = true
                            return
                        }
                    }
                    head.append(byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte)
                    position += 1
                }
            }
        }
        guard scalars > SearchIndex.excerptLength else {
            return String(decoding: head, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        let words = head.split(separator: UInt8(ascii: " ")).dropLast()
        return String(decoding: Array(words.joined(separator: [UInt8(ascii: " ")])), as: UTF8.self) + " …"
    }
}

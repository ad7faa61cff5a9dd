import Foundation

/// The full-text search's index, made once per build from the record and cut into small files so that a reader's
/// first query downloads little: a manifest, term shards by folded prefix (a shard above `shardBytes` is split
/// by one more letter), and the pages' titles, summaries and excerpts by groups of `documentsPerFile`.
struct SearchIndex: Sendable {
    static let folder = "/recherche/index/"
    static let manifestPath = folder + "manifeste.json"
    /// Above this many bytes of postings, a shard is split by the next letter of its terms.
    static let shardBytes = 12_000
    /// Ranked by BM25, the first ten results are scattered over the site: small files keep their download small.
    static let documentsPerFile = 2
    /// The excerpt of the body kept for snippets.
    static let excerptLength = 240

    /// Shard key → its JSON (term → postings).
    let shards: [(key: String, json: String)]
    /// Document file number → its JSON.
    let documentFiles: [String]
    let manifest: String

    static func shardPath(_ key: String) -> String { folder + "t/\(key).json" }
    static func documentsPath(_ number: Int) -> String { folder + "d/\(number).json" }

    init(documents: [SearchDocument], urls: SiteURLs) {
        let results = documents.concurrentChunks(8) { chunk in chunk.map { SearchResultEntry($0, urls: urls).object } }.flatMap { $0 }
        self.init(pages: documents.map { .text($0) }, results: results)
    }

    /// `pages` and `results` (each page's result entry, `SearchResultEntry.object`) in page order. `counted`: given
    /// the terms of the pages read from their text (SearchCache).
    init(pages: [SearchPageTerms], results: [[UInt8]], counted: SearchPostingLists.CountedSink? = nil) {
        let lists = SearchPostingLists(pages, counted: counted)
        var encoded = zip(lists.terms, lists.postings).map { (term: $0.bytes, bytes: $1) }
        encoded.sort { $0.term.lexicographicallyPrecedes($1.term) }
        var shards: [(key: String, json: String)] = []
        Self.split(encoded[...], prefixLength: 1, into: &shards)
        self.shards = shards

        let starts = Array(stride(from: 0, to: results.count, by: Self.documentsPerFile))
        documentFiles = starts.map { start in SearchResultEntry.json(objects: results[start..<min(start + Self.documentsPerFile, results.count)]) }
        var sizes: [String: Int] = [:]
        for shard in shards { sizes[shard.key] = shard.json.utf8.count }
        manifest = Self.json(SearchManifest(documents: results.count, documentsPerFile: Self.documentsPerFile,
                                            kinds: SearchDocument.Kind.allCases.map(\.label),
                                            stopWords: SearchFolding.stopWords.sorted(), shards: sizes))
    }

    /// Terms sharing their first `prefixLength` letters go to one shard, unless it would be too large: then the
    /// terms exactly as long as the prefix keep a shard of their own and the others are split by one more letter.
    private static func split(_ terms: ArraySlice<(term: [UInt8], bytes: [UInt8])>, prefixLength: Int, into shards: inout [(key: String, json: String)]) {
        var start = terms.startIndex
        while start < terms.endIndex {
            let key = terms[start].term.prefix(prefixLength)
            var end = start
            var size = 0
            while end < terms.endIndex, terms[end].term.starts(with: key) {
                size += terms[end].bytes.count + terms[end].term.count + 6
                end += 1
            }
            let group = terms[start..<end]
            if size <= shardBytes || group.allSatisfy({ $0.term.count <= prefixLength }) {
                shards.append((String(decoding: key, as: UTF8.self), shardJSON(group)))
            } else {
                let own = group.prefix { $0.term.count <= prefixLength }
                if !own.isEmpty { shards.append((String(decoding: key, as: UTF8.self), shardJSON(own))) }
                split(group[(group.startIndex + own.count)...], prefixLength: prefixLength + 1, into: &shards)
            }
            start = end
        }
    }

    /// `{"emploi":"…","employeur":"…"}`: terms are ASCII letters and digits and postings use a JSON-safe
    /// alphabet, so the object is written directly, already sorted.
    private static func shardJSON(_ terms: ArraySlice<(term: [UInt8], bytes: [UInt8])>) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, entry) in terms.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: entry.term)
            bytes.append(contentsOf: "\":\"".utf8)
            bytes.append(contentsOf: entry.bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func json(_ value: some Encodable) -> String {
        guard let data = try? SortedJSONEncoder().encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}


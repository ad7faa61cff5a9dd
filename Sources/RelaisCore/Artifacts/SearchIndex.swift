import Foundation

/// The full-text search's index, made once per build from the record and cut into small files so that a reader's
/// first query downloads little: a manifest, term shards by folded prefix (a shard above `shardBytes` is split
/// by one more letter), and the pages' titles, summaries and excerpts by groups of `documentsPerFile`.
struct SearchIndex: Sendable {
    static let folder = "/recherche/index/"
    static let manifestPath = folder + "manifeste.json"
    /// Above this many bytes of postings, a shard is split by the next letter of its terms.
    static let shardBytes = 12_000
    static let documentsPerFile = 4
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
        let postings = Self.postings(documents)
        var encoded = Array(postings).concurrentChunks(8) { terms in
            terms.map { term, entries -> (term: String, bytes: [UInt8]) in
                var bytes: [UInt8] = []
                SearchPostings.encode(entries, into: &bytes)
                return (term.string, bytes)
            }
        }.flatMap { $0 }
        encoded.sort { $0.term < $1.term }
        var shards: [(key: String, json: String)] = []
        Self.split(encoded[...], prefixLength: 1, into: &shards)
        self.shards = shards

        let starts = Array(stride(from: 0, to: documents.count, by: Self.documentsPerFile))
        documentFiles = starts.concurrentChunks(8) { chunk in
            chunk.map { start in
                Self.json(documents[start..<min(start + Self.documentsPerFile, documents.count)].map { SearchResultEntry($0, urls: urls) })
            }
        }.flatMap { $0 }
        var sizes: [String: Int] = [:]
        for shard in shards { sizes[shard.key] = shard.json.utf8.count }
        manifest = Self.json(SearchManifest(documents: documents.count, documentsPerFile: Self.documentsPerFile,
                                            kinds: SearchDocument.Kind.allCases.map(\.label),
                                            stopWords: SearchFolding.stopWords.sorted(), shards: sizes))
    }

    /// Term → `page << 4 | code` in page order. Pages are read in chunks on all cores, then the chunks' postings
    /// are put end to end in page order.
    static func postings(_ documents: [SearchDocument]) -> [SearchTerm: [UInt32]] {
        // Few chunks: the merge below costs one step per term and chunk.
        let chunkSize = Swift.max(256, (documents.count + 7) / 8)
        let starts = Array(stride(from: 0, to: documents.count, by: chunkSize))
        let parts = starts.concurrentChunks(starts.count) { chunkStarts in
            chunkStarts.map { start in chunkPostings(documents[start..<min(start + chunkSize, documents.count)], firstPage: start) }
        }.flatMap { $0 }
        var merged = parts.first ?? [:]
        for part in parts.dropFirst() {
            for (term, entries) in part { merged[term, default: []].append(contentsOf: entries) }
        }
        return merged
    }

    /// Each page's terms are counted in a small table first (it stays in the cache), then appended to the chunk's.
    private static func chunkPostings(_ documents: ArraySlice<SearchDocument>, firstPage: Int) -> [SearchTerm: [UInt32]] {
        var postings: [SearchTerm: [UInt32]] = [:]
        var seen: [SearchTerm: (rank: Int, count: Int)] = [:]
        for (offset, document) in documents.enumerated() {
            seen.removeAll(keepingCapacity: true)
            func add(_ text: String, _ field: SearchDocument.Field) {
                // One hash lookup per word: the first field met sets the rank, every occurrence counts.
                SearchFolding.scan(text) { term in seen[term, default: (field.rawValue, 0)].count += 1 }
            }
            // Best field first: a term keeps the rank of the first field it is met in.
            add(document.title, .title)
            add(document.summary, .summary)
            for heading in document.headings { add(heading, .headings) }
            add(document.body, .body)
            let page = UInt32(firstPage + offset)
            for (term, found) in seen {
                postings[term, default: []].append(page << 4 | SearchPostings.code(rank: found.rank, count: found.count))
            }
        }
        return postings
    }

    /// Terms sharing their first `prefixLength` letters go to one shard, unless it would be too large: then the
    /// terms exactly as long as the prefix keep a shard of their own and the others are split by one more letter.
    private static func split(_ terms: ArraySlice<(term: String, bytes: [UInt8])>, prefixLength: Int, into shards: inout [(key: String, json: String)]) {
        var start = terms.startIndex
        while start < terms.endIndex {
            let key = String(terms[start].term.prefix(prefixLength))
            var end = start
            var size = 0
            while end < terms.endIndex, terms[end].term.utf8.starts(with: key.utf8) {
                size += terms[end].bytes.count + terms[end].term.utf8.count + 6
                end += 1
            }
            let group = terms[start..<end]
            if size <= shardBytes || group.allSatisfy({ $0.term.utf8.count <= prefixLength }) {
                shards.append((key, shardJSON(group)))
            } else {
                let own = group.prefix { $0.term.utf8.count <= prefixLength }
                if !own.isEmpty { shards.append((key, shardJSON(own))) }
                split(group[(group.startIndex + own.count)...], prefixLength: prefixLength + 1, into: &shards)
            }
            start = end
        }
    }

    /// `{"emploi":"…","employeur":"…"}`: terms are ASCII letters and digits and postings use a JSON-safe
    /// alphabet, so the object is written directly, already sorted.
    private static func shardJSON(_ terms: ArraySlice<(term: String, bytes: [UInt8])>) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, entry) in terms.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: entry.term.utf8)
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


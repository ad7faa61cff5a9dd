/// Every term of the site with the pages it is in, in page order, and each page's weighted count of it (the
/// weights of the fields it occurs in, SearchRanking.swift); and each page's length in terms. Pages are read in
/// chunks on all cores, each numbering its own terms; the chunks are then put end to end, term by term.
struct SearchPostingLists: Sendable {
    let terms: [SearchTerm]
    /// The entries of term `n` are `starts[n]..<starts[n + 1]` of `pages` and `weights`.
    let starts: [Int]
    let pages: [Int32]
    let weights: [Int32]
    let lengths: [Int32]

    init(_ documents: [SearchDocument]) {
        // Few chunks: the merge below costs one lookup per term and chunk.
        let chunkSize = Swift.max(256, (documents.count + 7) / 8)
        let starts = Array(stride(from: 0, to: documents.count, by: chunkSize))
        let chunks = starts.concurrentChunks(starts.count) { chunkStarts in
            chunkStarts.map { start in Chunk(documents[start..<Swift.min(start + chunkSize, documents.count)], firstPage: start) }
        }.flatMap { $0 }

        var table = SearchTermTable()
        let numbers = chunks.map { chunk in chunk.table.terms.map { table.number($0) } }
        var counts = [Int](repeating: 0, count: table.terms.count + 1)
        for (chunk, numbers) in zip(chunks, numbers) {
            for term in chunk.terms { counts[numbers[Int(term)]] += 1 }
        }
        var next = [Int](repeating: 0, count: table.terms.count + 1)
        for index in 0..<table.terms.count { next[index + 1] = next[index] + counts[index] }
        self.starts = next
        var pages = [Int32](repeating: 0, count: next[table.terms.count])
        var weights = [Int32](repeating: 0, count: next[table.terms.count])
        // Chunk after chunk, in page order: each term's entries stay in page order.
        for (chunk, numbers) in zip(chunks, numbers) {
            for entry in chunk.terms.indices {
                let term = numbers[Int(chunk.terms[entry])]
                pages[next[term]] = chunk.pages[entry]
                weights[next[term]] = chunk.weights[entry]
                next[term] += 1
            }
        }
        terms = table.terms
        self.pages = pages
        self.weights = weights
        lengths = chunks.flatMap(\.lengths)
    }

    /// The pages of a chunk: for each page and each of its terms, one entry (the term's number in this chunk, the
    /// page, the weighted count), in page order.
    private struct Chunk: SearchTermSink {
        var table = SearchTermTable()
        var terms: [Int32] = []
        var pages: [Int32] = []
        var weights: [Int32] = []
        var lengths: [Int32] = []
        /// The page being read: weighted count by term number, the terms met, the current field's weight; in a
        /// title or a label, the term before (for pair terms).
        private var counts: [Int32] = []
        private var met: [Int32] = []
        private var weight: Int32 = 0
        private var length: Int32 = 0
        private var pairs = false
        private var previous: SearchTerm?

        init(_ documents: ArraySlice<SearchDocument>, firstPage: Int) {
            // By index: a copy of each document would retain its five texts once more.
            for index in documents.indices {
                read(documents[index].title, .title)
                read(documents[index].summary, .summary)
                for heading in documents[index].headings { read(heading, .headings) }
                for text in documents[index].bodyTexts { read(text, .body) }
                for term in met {
                    terms.append(term)
                    pages.append(Int32(firstPage + index - documents.startIndex))
                    weights.append(counts[Int(term)])
                    counts[Int(term)] = 0
                }
                met.removeAll(keepingCapacity: true)
                lengths.append(length)
                length = 0
            }
        }

        private mutating func read(_ text: String, _ field: SearchDocument.Field) {
            weight = Int32(SearchRanking.weight(field))
            // Pairs of words side by side in the title and in each heading or label, not across them; the summary
            // and body, long, would make many and rarely a name.
            pairs = field == .title || field == .headings
            previous = nil
            SearchFolding.scan(text, into: &self)
        }

        mutating func add(_ term: SearchTerm) {
            count(term)
            length += 1
            guard pairs else { return }
            // A pair term weighs as its field, and does not make the page longer.
            if let previous { count(previous.paired(with: term)) }
            previous = term
        }

        private mutating func count(_ term: SearchTerm) {
            let number = table.number(term)
            if number == counts.count { counts.append(0) }
            if counts[number] == 0 { met.append(Int32(number)) }
            counts[number] += weight
        }
    }
}

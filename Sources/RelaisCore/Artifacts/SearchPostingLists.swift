/// A page for the index: its text, to read, or its terms as the last build counted them (SearchCache).
enum SearchPageTerms: Sendable {
    case text(SearchDocument)
    case counted(SearchCountedTerms)
}

/// Every term of the site with its postings (SearchPostings): the pages it is in, in page order, each with its code
/// for the term (SearchRanking), from the weights of the fields it occurs in (the weighted count) and the page's
/// length in terms. Pages are read in chunks on all cores, each numbering its own terms and keeping, page after
/// page, each term met and its weighted count in a few bytes; the chunks are then read in page order and each entry
/// appended to its term's postings. No list of every entry of the site is held: there are 3 million at 10,000 aids.
struct SearchPostingLists: Sendable {
    let terms: [SearchTerm]
    /// By term number, as in `terms`.
    let postings: [[UInt8]]

    /// Handed each page read from its text, by page number, as soon as it is counted (on any core), for the next
    /// build: kept here for every page, they were the largest part of the build's peak memory.
    typealias CountedSink = @Sendable (_ page: Int, _ terms: SearchCountedTerms) -> Void

    init(_ documents: [SearchDocument]) {
        self.init(documents.map { .text($0) })
    }

    /// `counted`: given the terms of each page read from its text.
    init(_ pages: [SearchPageTerms], counted: CountedSink? = nil) {
        // Few chunks: the merge below costs one lookup per term and chunk.
        let chunkSize = Swift.max(256, (pages.count + 7) / 8)
        let starts = Array(stride(from: 0, to: pages.count, by: chunkSize))
        let chunks = starts.concurrentChunks(starts.count) { chunkStarts in
            chunkStarts.map { start in Chunk(pages[start..<Swift.min(start + chunkSize, pages.count)], firstPage: start, counted: counted) }
        }.flatMap { $0 }
        let totalLength = chunks.reduce(0) { sum, chunk in chunk.lengths.reduce(sum) { $0 + Int($1) } }
        let averageLength = Double(totalLength) / Double(Swift.max(pages.count, 1))

        var table = SearchTermTable()
        var postings: [[UInt8]] = []
        // The last page each term was found in.
        var previous: [Int] = []
        // Chunk after chunk, in page order: each term's pages come in page order.
        for chunk in chunks {
            let numbers = chunk.table.terms.map { table.number($0) }
            postings += Array(repeating: [], count: table.terms.count - postings.count)
            previous += Array(repeating: -1, count: table.terms.count - previous.count)
            var reader = Chunk.EntryReader(bytes: chunk.entries)
            for (offset, count) in chunk.entryCounts.enumerated() {
                let page = chunk.firstPage + offset
                let length = Int(chunk.lengths[offset])
                for _ in 0..<count {
                    let term = numbers[reader.next()]
                    let code = SearchRanking.code(weightedCount: reader.next(), length: length, averageLength: averageLength)
                    // A term twice on a page (only a cache entry made by hand could say so) is counted once.
                    guard previous[term] != page else { continue }
                    SearchPostings.append(page: page, code: code, after: previous[term], into: &postings[term])
                    previous[term] = page
                }
            }
        }
        terms = table.terms
        self.postings = postings
    }

    /// The pages of a chunk: for each page, its terms, each as two numbers (the term's number in this chunk, the
    /// weighted count) of seven bits a byte, the high bit set on all bytes of a number but its last; how many terms
    /// each page has; and its length.
    private struct Chunk: SearchTermSink {
        let firstPage: Int
        var table = SearchTermTable()
        var entries: [UInt8] = []
        var entryCounts: [Int32] = []
        var lengths: [Int32] = []
        /// The page being read: weighted count by term number, the terms met, the current field's weight; in a
        /// title or a label, the term before (for pair terms).
        private var counts: [Int32] = []
        private var met: [Int32] = []
        private var weight: Int32 = 0
        private var length: Int32 = 0
        private var pairs = false
        private var previous: SearchTerm?

        init(_ pages: ArraySlice<SearchPageTerms>, firstPage: Int, counted: CountedSink?) {
            self.firstPage = firstPage
            // By index: a copy of each document would retain its texts once more.
            for index in pages.indices {
                switch pages[index] {
                case .text(let document):
                    read(document.title, .title)
                    read(document.summary, .summary)
                    for heading in document.headings { read(heading, .headings) }
                    for text in document.bodyTexts { read(text, .body) }
                    if let counted {
                        let (terms, counts) = (table.terms, self.counts)
                        counted(index, SearchCountedTerms(length: Int(length), terms: met.map { (terms[Int($0)], Int(counts[Int($0)])) }))
                    }
                case .counted(let terms):
                    // Each term once a page, with its weighted count: straight to the entries.
                    terms.read(length: { length = Int32($0) }, term: { term, count in
                        let number = table.number(term)
                        if number == counts.count { counts.append(0) }
                        met.append(Int32(number))
                        counts[number] = Int32(count)
                    })
                }
                for term in met {
                    Self.append(Int(term), to: &entries)
                    Self.append(Int(counts[Int(term)]), to: &entries)
                    counts[Int(term)] = 0
                }
                entryCounts.append(Int32(met.count))
                met.removeAll(keepingCapacity: true)
                lengths.append(length)
                length = 0
            }
        }

        private static func append(_ number: Int, to bytes: inout [UInt8]) {
            var rest = number
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        /// Reads back the numbers `append` wrote, in order.
        struct EntryReader {
            let bytes: [UInt8]
            private var index = 0

            init(bytes: [UInt8]) {
                self.bytes = bytes
            }

            mutating func next() -> Int {
                var number = 0
                var shift = 0
                while true {
                    let byte = bytes[index]
                    index += 1
                    number |= Int(byte & 0x7F) << shift
                    if byte < 0x80 { return number }
                    shift += 7
                }
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

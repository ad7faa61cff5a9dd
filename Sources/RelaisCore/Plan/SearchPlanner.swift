/// The search's index files under `/recherche/index/`, made once here from the record (the paths of the shards
/// depend on the words of the site). A file's input is its own bytes (`OutputInput.planned`): a one-aid edit
/// rewrites the shards whose terms it changed and the results file of its page, not the whole index.
enum SearchPlanner {
    /// `guide`: the guide's listings, whose current and closed pages give the aids' order. `cache`: the pages the
    /// last build counted, taken again for the items that did not change.
    static func plan(_ record: SiteRecord, guide: [AidListing], cache: SearchCache? = nil) -> (outputs: [PlannedOutput], fingerprints: [String: String]) {
        let order = guide.filter { $0.scope == .current || $0.scope == .closed }.flatMap(\.aidIds)
        let index = makeIndex(record, aidOrder: order, cache: cache)
        var fingerprints: [String: String] = [:]
        func file(_ path: String, _ json: String) -> PlannedOutput {
            let input = OutputInput.planned(path)
            var bytes = json
            fingerprints[input.key] = bytes.withUTF8 { StableHash.hex(StableHash.words(of: UnsafeRawBufferPointer($0))) }
            return .artifact(path, .json, inputs: [input]) { reader in
                reader.depends(on: input)
                return json
            }
        }
        let outputs = [file(SearchIndex.manifestPath, index.manifest)]
            + index.shards.map { file(SearchIndex.shardPath($0.key), $0.json) }
            + index.documentFiles.enumerated().map { file(SearchIndex.documentsPath($0.offset), $0.element) }
        return (outputs, fingerprints)
    }

    /// The index from every searchable page: those whose item did not change since the last build from `cache`,
    /// the others read from their text, then noted in `cache` and saved with it.
    static func makeIndex(_ record: SiteRecord, aidOrder: [String], cache: SearchCache?) -> SearchIndex {
        let reader = RecordReader(record)
        let urls = SiteURLs(baseURL: record.site.baseURL)
        let sources = SearchDocument.sources(reader, aidOrder: aidOrder)
        // Thousands of pages: looked up, or read and their result entry made, on all cores.
        let found = sources.concurrentChunks(8) { chunk in
            chunk.map { source -> (page: SearchPageTerms, result: [UInt8], key: UInt64?) in
                let key = cache?.key(source)
                if let key, let entry = cache?.reuse(key) { return (.counted(entry.terms), entry.result, key) }
                let document = SearchDocument.document(source, in: reader)
                return (.text(document), SearchResultEntry(document, urls: urls).object, key)
            }
        }.flatMap { $0 }
        // Each page read from its text is noted as soon as it is counted (SearchCache spools it): 45 MB at 10,000 aids
        // that no longer wait in memory for the whole index.
        guard let cache else { return SearchIndex(pages: found.map(\.page), results: found.map(\.result)) }
        let keys = found.map(\.key), results = found.map(\.result)
        return SearchIndex(pages: found.map(\.page), results: results) { page, terms in
            guard let key = keys[page] else { return }
            cache.note(key, SearchCache.Entry(terms: terms, result: results[page]))
        }
    }
}

/// The search's index files under `/recherche/index/`, made once here from the record (the paths of the shards
/// depend on the words of the site); each file's writer notes that it reads every searchable kind.
enum SearchPlanner {
    static let inputs: [OutputInput] = [.every(.aid), .every(.event), .every(.basin), .every(.programme), .every(.news), .every(.page)]

    /// `guide`: the guide's listings, whose current and closed pages give the aids' order.
    static func plan(_ record: SiteRecord, guide: [AidListing]) -> [PlannedOutput] {
        let order = guide.filter { $0.scope == .current || $0.scope == .closed }.flatMap(\.aidIds)
        let index = SearchIndex(documents: SearchDocument.all(RecordReader(record), aidOrder: order), urls: SiteURLs(baseURL: record.site.baseURL))
        func file(_ path: String, _ json: String) -> PlannedOutput {
            .artifact(path, .json, inputs: inputs) { reader in
                noteInputs(reader)
                return json
            }
        }
        return [file(SearchIndex.manifestPath, index.manifest)]
            + index.shards.map { file(SearchIndex.shardPath($0.key), $0.json) }
            + index.documentFiles.enumerated().map { file(SearchIndex.documentsPath($0.offset), $0.element) }
    }

    /// The index is made from every searchable page: a change to any of them remakes it.
    private static func noteInputs(_ reader: RecordReader) {
        for input in inputs { reader.depends(on: input) }
    }
}

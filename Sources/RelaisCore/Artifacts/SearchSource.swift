/// The record item a search document is made from: the index takes the terms of an item that did not change
/// since the last build from `.relais-cache/search` (SearchCache) instead of reading its text again.
struct SearchSource: Sendable {
    let kind: SearchDocument.Kind
    /// Its place in the record's array of that kind.
    let index: Int
    let id: String

    /// The item's input key (`aid:x`), under which RecordFingerprints holds what it is.
    var input: OutputInput {
        let content: ContentKind = switch kind {
        case .aid: .aid
        case .event: .event
        case .basin: .basin
        case .programme: .programme
        case .news: .news
        case .page: .page
        }
        return .item(content, id)
    }
}

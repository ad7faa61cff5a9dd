import RelaisFrench

/// `/aides/filtre.json`: what the guide's filter script needs to show the current aids without the server: each
/// aid's card facts as plain text and its facet values as the slugs of the facet pages, in the guide's order.
enum AidFilterIndex {
    static let path = "/aides/filtre.json"

    struct Card: Encodable {
        let title: String
        let url: String
        let promise: String
        let status: String
        let statusCode: String
        let detail: String?
        let types: [String]
        let audiences: String
        let territories: String
        let amount: String?
        /// Facet segment (`type`, `public`…) → the aid's value slugs.
        let facets: [String: [String]]
        /// Title, promise and types folded (no accents, lower case), for the text field.
        let words: String
    }

    struct File: Encodable {
        let aids: [Card]
    }

    static func write(_ record: RecordReader) -> String {
        let presentation = Presentation(reader: record)
        let aids = AidGuidePlanner.ordered(record.aids).filter { !$0.status.isClosed }
        let cards = aids.map { aid -> Card in
            let card = presentation.makeAidCard(aid)
            var facets: [String: [String]] = [:]
            for facet in AidFacet.allCases {
                facets[facet.segment] = facet.values(of: aid).map(\.slug).filter { !$0.isEmpty }.uniqued()
            }
            let words = ([aid.title, aid.promise] + aid.aidTypes.map(\.label)).joined(separator: " ")
            return Card(title: aid.title, url: card.url, promise: aid.promise, status: card.status.label, statusCode: card.status.code,
                        detail: card.status.detailHTML.map(HTML.plainText), types: card.types, audiences: card.audiences,
                        territories: card.territories, amount: card.amountSummary, facets: facets,
                        words: FrenchFolding.sortKey(words))
        }
        guard let bytes = try? SortedJSONEncoder().encode(File(aids: cards)) else { return "{\"aids\":[]}" }
        return String(decoding: bytes, as: UTF8.self)
    }
}

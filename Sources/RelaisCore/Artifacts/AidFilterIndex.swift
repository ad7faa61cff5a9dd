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

    /// `{"aids":[…]}` as SortedJSONEncoder writes it, each card encoded on its own: the card of an aid that did
    /// not change since the published file is copied from it (ByteSink.fragment), not made again.
    static func write(_ record: RecordReader, into sink: inout ByteSink) {
        let presentation = Presentation(reader: record)
        let encoder = SortedJSONEncoder()
        sink.append(#"{"aids":["#)
        for (index, aid) in AidGuidePlanner.ordered(record.aids).filter({ !$0.status.isClosed }).enumerated() {
            if index > 0 { sink.append(",") }
            sink.fragment(OutputInput.item(.aid, aid.id).key) { sink in
                if let bytes = try? encoder.encode(card(aid, presentation)) { sink.append(bytes) } else { sink.append("null") }
            }
        }
        sink.append("]}")
    }

    private static func card(_ aid: RecordAid, _ presentation: Presentation) -> Card {
        let card = presentation.makeAidCard(AidCardFields(aid))
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
}

/// What an aid's card shows (the guide's pages, basins, programmes, the home page, related aids), and what a basin's
/// page and the open-aid counts choose and order cards by (its programmes' ids, its status): read through
/// `RecordReader.aidCardFields`, noted as `OutputInput.aidCard`, whose fingerprint is made of these values alone.
/// An edit to an aid's text, contacts or documents makes its own page again, not the dozens of lists that show its
/// card; and a card cannot show more of an aid than the fingerprint covers.
struct AidCardFields: Sendable, Encodable {
    let id: String
    let title: String
    let url: RecordURL
    let promise: String
    let status: RecordAidStatus
    let aidTypes: [Labelled]
    let audiences: [Labelled]
    let territories: [NamedTerritory]
    let financialComponents: [RecordFinancialComponent]
    let programmeIds: [String]

    init(_ aid: RecordAid) {
        (id, title, url, promise, status) = (aid.id, aid.title, aid.url, aid.promise, aid.status)
        (aidTypes, audiences, territories, financialComponents) = (aid.aidTypes, aid.audiences, aid.territories, aid.financialComponents)
        programmeIds = aid.programmes.map(\.id)
    }
}

/// What lists of links and counts show of an aid (the contacts page, the site map, the home page's figures): its
/// title, link and status. Read through `RecordReader.aidHeadlines`, noted as `OutputInput.aidHeadlines`, whose
/// fingerprint is made of these values alone: an edit to an aid's text or details does not make those pages again,
/// and a page cannot read more of an aid through it than the fingerprint covers.
struct AidHeadline: Sendable, Encodable {
    let id: String
    let title: String
    let url: RecordURL
    let status: RecordAidStatus
}

extension SiteRecord {
    /// Every aid's headline, in the record's order.
    var aidHeadlines: [AidHeadline] {
        aids.indices.map { index in aid(at: index) }
    }

    func aidHeadline(_ id: String) -> AidHeadline? {
        aid(id) { AidHeadline(id: $0.id, title: $0.title, url: $0.url, status: $0.status) }
    }

    /// The headline of the aid at `index` in the record's order.
    private func aid(at index: Int) -> AidHeadline {
        AidHeadline(id: aids[index].id, title: aids[index].title, url: aids[index].url, status: aids[index].status)
    }
}

import Foundation

/// One page the search finds: an aid, event, basin, programme, news item or free page, with its text by field.
/// The fields weigh a match (SearchRanking.weight): title, then summary (an aid's promise), then headings and
/// labels, then body.
struct SearchDocument: Sendable {
    enum Kind: Int, CaseIterable {
        case aid, event, basin, programme, news, page
        /// Shown beside each result; the script reads them from the manifest.
        var label: String {
            switch self {
            case .aid: "Aide"
            case .event: "Événement"
            case .basin: "Bassin d’emploi"
            case .programme: "Programme"
            case .news: "Actualité"
            case .page: "Page"
            }
        }
    }

    enum Field {
        case title, summary, headings, body
    }

    let kind: Kind
    let path: String
    let title: String
    let summary: String
    /// Headings of the text, and labels (types, publics, themes, places, organisations), one per line.
    let headings: [String]
    /// The body's texts, read as if joined by line breaks.
    private let bodies: [Body]

    /// A text of the body: a record's rich text is held by its place and read when the index reads it, so that
    /// the documents of thousands of aids do not hold every body at once.
    enum Body: Sendable {
        case plain(String)
        case rich(RichText)
    }

    /// The body's texts, read again at each call: the index reads them page by page and lets them go.
    var bodyTexts: [String] {
        bodies.map { body in
            switch body {
            case .plain(let text): text
            case .rich(let richText): richText.text
            }
        }
    }

    /// The body's texts, each cut after `bytes` bytes when longer (at a whole scalar): what an excerpt reads.
    func bodyHeads(bytes: Int) -> [String] {
        bodies.map { body in
            switch body {
            case .plain(let text): text
            case .rich(let richText): richText.textHead(bytes: bytes)
            }
        }
    }

    init(kind: Kind, path: String, title: String, summary: String, headings: [String], bodies: [Body]) {
        self.kind = kind
        self.path = path
        self.title = title
        self.summary = summary
        self.headings = headings
        self.bodies = bodies
    }

    init(kind: Kind, path: String, title: String, summary: String, headings: [String], bodyTexts: [String]) {
        self.init(kind: kind, path: path, title: title, summary: summary, headings: headings, bodies: bodyTexts.map(Body.plain))
    }

    init(kind: Kind, path: String, title: String, summary: String, headings: [String], body: String) {
        self.init(kind: kind, path: path, title: title, summary: summary, headings: headings, bodyTexts: [body])
    }

    /// Every page of the record the search lists, made whole (tests; the index makes only the changed ones).
    static func all(_ record: RecordReader, aidOrder: [String]) -> [SearchDocument] {
        sources(record, aidOrder: aidOrder).map { document($0, in: record) }
    }

    /// Every page of the record the search lists, as the item each is made from: aids first, in the guide's order
    /// (`aidOrder`, the ids of its listings of current then closed aids; equal matches keep it), then the others.
    static func sources(_ record: RecordReader, aidOrder: [String]) -> [SearchSource] {
        let aids = record.aids
        var position: [String: Int] = [:]
        for index in aids.indices { position[aids[index].id] = index }
        var order = aidOrder.compactMap { position.removeValue(forKey: $0) }
        order += position.values.sorted()
        var sources = order.map { SearchSource(kind: .aid, index: $0, id: aids[$0].id) }
        func add(_ kind: Kind, _ ids: [String]) { sources += ids.enumerated().map { SearchSource(kind: kind, index: $0.offset, id: $0.element) } }
        add(.event, record.events.map(\.id))
        add(.basin, record.basins.map(\.id))
        add(.programme, record.programmes.map(\.id))
        add(.news, record.news.map(\.id))
        add(.page, record.pages.map(\.id))
        return sources
    }

    /// The document of one item. It reads that item alone (whose fingerprint then says whether it changed): what
    /// an event says of the aids it names is the summary its own record holds.
    static func document(_ source: SearchSource, in record: RecordReader) -> SearchDocument {
        switch source.kind {
        case .aid:
            return document(record.aids[source.index])
        case .event:
            let event = record.events[source.index]
            // The people of its programme, by name and organisation (labels), with their roles and what each item
            // says (text), as the page shows them.
            let participants = event.programme.flatMap { $0.moderators + $0.speakers }
            let people = participants.flatMap { [$0.name, $0.organisationName ?? $0.organisation?.name].compactMap { $0 } }
            // The aids, programmes and basins it names under "Voir aussi" are what it is about: their titles too.
            let related = (event.relatedAids + event.relatedProgrammes + event.relatedBasins).map(\.title)
            let labels = [event.kind.label] + [event.venue?.name, event.venue?.locality].compactMap { $0 } + event.organizers.map(\.name) + people + related
            let text = [event.description.text] + event.programme.compactMap(\.description) + participants.compactMap(\.role)
            return SearchDocument(kind: .event, path: event.path, title: event.title, summary: event.summary,
                                  headings: event.description.headingTexts + labels + event.programme.map(\.title), bodyTexts: text)
        case .basin:
            let basin = record.basins[source.index]
            return SearchDocument(kind: .basin, path: basin.path, title: basin.name, summary: basin.summary,
                                  headings: basin.description.headingTexts + [basin.kind.label, basin.region].compactMap { $0 }
                                      + basin.subTerritories.map(\.name) + basin.keyFigures.map(\.label) + basin.contacts.map(\.name),
                                  bodies: [.rich(basin.description)])
        case .programme:
            let programme = record.programmes[source.index]
            return SearchDocument(kind: .programme, path: programme.path, title: programme.name, summary: programme.summary,
                                  headings: programme.description.headingTexts + [programme.acronym, programme.kind.label].compactMap { $0 }
                                      + programme.pilots.map(\.name) + programme.territories.map(\.name),
                                  bodies: [.rich(programme.description)])
        case .news:
            let news = record.news[source.index]
            return SearchDocument(kind: .news, path: news.path, title: news.title, summary: news.summary,
                                  headings: news.body.headingTexts + news.related.map(\.title), bodies: [.rich(news.body)])
        case .page:
            let page = record.pages[source.index]
            return SearchDocument(kind: .page, path: page.path, title: page.title, summary: page.summary ?? "",
                                  headings: page.body.headingTexts, bodies: [.rich(page.body)])
        }
    }

    private static func document(_ aid: borrowing RecordAid) -> SearchDocument {
        let labels = (aid.aidTypes + aid.audiences + aid.themes).map(\.label) + aid.territories.map(\.name)
            + aid.backers.map(\.organisation.name) + aid.programmes.map(\.title) + aid.contacts.map(\.name)
        // The bodies are read when the index reads them: the pages of a cold build are all made before they are
        // counted. Their headings are held by the record: no HTML is read.
        return SearchDocument(kind: .aid, path: aid.path, title: aid.title, summary: aid.promise,
                              headings: aid.description.headingTexts + aid.eligibility.headingTexts + labels,
                              bodies: [.rich(aid.description), .rich(aid.eligibility)])
    }
}

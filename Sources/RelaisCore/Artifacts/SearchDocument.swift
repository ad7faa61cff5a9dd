/// One page the search finds: an aid, event, basin, programme, news item or free page, with its text by field.
/// The fields rank a match: title, then summary (an aid's promise), then headings and labels, then body.
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

    /// Field ranks, highest first: the rank of a term in a page is the best field it appears in.
    enum Field: Int {
        case body = 0, headings = 1, summary = 2, title = 3
    }

    let kind: Kind
    let path: String
    let title: String
    let summary: String
    /// Headings of the text, and labels (types, publics, themes, places, organisations), one per line.
    let headings: [String]
    let body: String

    /// Every page of the record the search lists: aids first, in the guide's order (equal matches keep it: current
    /// aids before closed ones), then the others.
    static func all(_ record: RecordReader) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        // Thousands of aids: their headings are read on all cores.
        documents += AidGuidePlanner.ordered(record.aids).concurrentChunks(8) { aids in
            aids.map { aid in
                let labels = (aid.aidTypes + aid.audiences + aid.themes).map(\.label) + aid.territories.map(\.name)
                    + aid.backers.map(\.organisation.name) + aid.programmes.map(\.title) + aid.contacts.map(\.name)
                return SearchDocument(kind: .aid, path: aid.path, title: aid.title, summary: aid.promise,
                                      headings: headings(aid.description.html) + headings(aid.eligibility.html) + labels,
                                      body: aid.description.text + "\n" + aid.eligibility.text)
            }
        }.flatMap { $0 }
        for event in record.events {
            // The people of its programme, by name and organisation, as the page shows them.
            let people = event.programme.flatMap { $0.moderators + $0.speakers }.flatMap { [$0.name, $0.organisationName ?? $0.organisation?.name].compactMap { $0 } }
            let labels = [event.kind.label] + [event.venue?.name, event.venue?.locality].compactMap { $0 } + event.organizers.map(\.name) + people
            documents.append(SearchDocument(kind: .event, path: event.path, title: event.title, summary: event.summary,
                                            headings: headings(event.description.html) + labels + event.programme.map(\.title),
                                            body: event.description.text))
        }
        for basin in record.basins {
            documents.append(SearchDocument(kind: .basin, path: basin.path, title: basin.name, summary: basin.summary,
                                            headings: headings(basin.description.html) + [basin.kind.label, basin.region].compactMap { $0 }
                                                + basin.subTerritories.map(\.name) + basin.keyFigures.map(\.label) + basin.contacts.map(\.name),
                                            body: basin.description.text))
        }
        for programme in record.programmes {
            documents.append(SearchDocument(kind: .programme, path: programme.path, title: programme.name, summary: programme.summary,
                                            headings: headings(programme.description.html) + [programme.acronym, programme.kind.label].compactMap { $0 }
                                                + programme.pilots.map(\.name) + programme.territories.map(\.name),
                                            body: programme.description.text))
        }
        for news in record.news {
            documents.append(SearchDocument(kind: .news, path: news.path, title: news.title, summary: news.summary,
                                            headings: headings(news.body.html), body: news.body.text))
        }
        for page in record.pages {
            documents.append(SearchDocument(kind: .page, path: page.path, title: page.title, summary: page.summary ?? "",
                                            headings: headings(page.body.html), body: page.body.text))
        }
        return documents
    }

    /// The text of the `h2`–`h6` elements of rendered Markdown, found by bytes (every page of the site goes through it).
    static func headings(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        var index = 0
        while index + 3 < bytes.count {
            let level = bytes[index + 2]
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"), (UInt8(ascii: "2")...UInt8(ascii: "6")).contains(level),
                  bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " "),
                  let open = bytes[(index + 3)...].firstIndex(of: UInt8(ascii: ">")) else {
                index += 1
                continue
            }
            var close = open + 1
            while close + 3 < bytes.count, !(bytes[close] == UInt8(ascii: "<") && bytes[close + 1] == UInt8(ascii: "/")
                                              && bytes[close + 2] == UInt8(ascii: "h") && bytes[close + 3] == level) {
                close += 1
            }
            guard close + 3 < bytes.count else { break }
            found.append(HTML.plainText(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)))
            index = close + 4
        }
        return found
    }
}

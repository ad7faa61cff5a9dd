import Foundation
import RelaisFrench

/// `/aides/guide-complet/`: every current aid on one page to print, with a cover, a table of contents and each aid
/// starting a new sheet. Past 200 aids the booklet is cut into parts, each one printable on its own.
struct BookletBody: ViewModel {
    let title: String
    let siteTitle: String
    let publisher: String?
    /// "Édition du 15 juin 2023"
    let editionHTML: String
    let count: String
    let pagination: Pagination?
    let contents: [Link]
    let aids: [BookletAid]
}

/// One aid as the booklet prints it: its texts' headings moved one level down and their ids prefixed, so that
/// two aids never share an id.
struct BookletAid: ViewModel {
    let anchor: String
    let title: String
    let promise: String
    let status: StatusBadge
    let facts: [Fact]
    let amounts: [String]
    let hasAmounts: Bool
    let eligibilityHTML: String
    let descriptionHTML: String
    /// "Accueil — Maison de l’emploi — accueil@example.org — 01 99 00 00 00"
    let contacts: [String]
    let hasContacts: Bool
    let applicationURL: String?
    let pageURL: String
}

extension Presentation {
    func booklet(_ listing: AidListing) -> PageViewModel<BookletBody> {
        record.depends(on: .aidGuide)
        let aids = listing.aidIds.compactMap(record.aid)
        let items = aids.map(bookletAid)
        let partSuffix = listing.pageCount > 1 ? " – partie \(listing.pageNumber) sur \(listing.pageCount)" : ""
        let body = BookletBody(
            title: "Guide des aides" + partSuffix, siteTitle: text(site.title), publisher: site.publisher.map { text($0.name) },
            editionHTML: "Édition du \(timeHTML(record.buildDate))", count: Self.aidCount(listing.totalCount) + (listing.totalCount > 1 ? " ouvertes ou à venir" : " ouverte ou à venir"),
            pagination: pagination(listing, unit: "Partie", previous: "Partie précédente", next: "Partie suivante"),
            contents: items.map { Link(label: $0.title, url: "#\($0.anchor)") }, aids: items)
        var meta = meta(title: body.title, description: text("Toutes les aides ouvertes ou à venir du guide, à imprimer : \(body.count.lowercased())."),
                        path: listing.path, trail: [Link(label: "Les aides", url: link(AidGuidePlanner.basePath))],
                        section: AidGuidePlanner.basePath)
        linkNeighbours(of: listing, in: &meta)
        return page(meta, body)
    }

    func bookletAid(_ aid: RecordAid) -> BookletAid {
        let anchor = "aide-\(aid.id)"
        let contacts = aid.contacts.map { contact in
            text([contact.name, contact.role, contact.organisation.name, contact.email, contact.phone?.display, contact.address]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — "))
        }
        return BookletAid(
            anchor: anchor, title: text(aid.title), promise: text(aid.promise), status: status(of: aid), facts: aidFacts(aid),
            amounts: aid.financialComponents.map { amountPhrase($0) }, hasAmounts: !aid.financialComponents.isEmpty,
            // On its page the description starts at h2 under the h1 title, the eligibility at h3 under its h2 section;
            // here both sit under an h3 heading.
            eligibilityHTML: BookletHTML.placed(aid.eligibility.html, by: 1, idPrefix: anchor + "-", absolute: urls.absolute(link:)),
            descriptionHTML: BookletHTML.placed(aid.description.html, by: 2, idPrefix: anchor + "-", absolute: urls.absolute(link:)),
            contacts: contacts, hasContacts: !contacts.isEmpty,
            applicationURL: aid.status.isOpen ? aid.applicationURL?.absolute : nil, pageURL: aid.url.absolute)
    }
}

/// An aid's texts moved into the booklet: headings moved down (`by` levels, at most to `h6`), every id and in-page
/// link prefixed so that two aids never share an id, and links to the site's own pages made absolute so that paper
/// can print them. Works on the HTML Relais's Markdown renderer writes, whose tags and attributes it knows.
enum BookletHTML {
    /// One pass over the bytes: every aid's texts go through here, several megabytes on a large guide.
    static func placed(_ html: String, by levels: Int, idPrefix: String, absolute: (String) -> String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        let prefix = Array(idPrefix.utf8)
        func matches(_ pattern: StaticString, at index: Int) -> Bool {
            pattern.withUTF8Buffer { expected in
                index + expected.count <= bytes.count && expected.indices.allSatisfy { bytes[index + $0] == expected[$0] }
            }
        }
        var index = 0
        while index < bytes.count {
            // Every pattern starts with `<` or a space: the text up to the next one is copied as it is.
            guard bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: " ") else {
                let end = bytes[index...].firstIndex { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: " ") } ?? bytes.count
                out += bytes[index..<end]
                index = end
                continue
            }
            // `<h2` and `</h2>`: the level moved down, h6 at most.
            let heading = matches("</h", at: index) ? 3 : matches("<h", at: index) ? 2 : 0
            if heading > 0, index + heading < bytes.count, (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + heading]) {
                out += bytes[index..<(index + heading)]
                out.append(UInt8(ascii: "0") + UInt8(min(6, Int(bytes[index + heading] - UInt8(ascii: "0")) + levels)))
                index += heading + 1
            } else if matches(" id=\"", at: index) {
                out += Array(" id=\"".utf8) + prefix
                index += 5
            } else if matches(" href=\"#", at: index) {
                out += Array(" href=\"#".utf8) + prefix
                index += 8
            } else if matches(" href=\"/", at: index), let end = bytes[(index + 7)...].firstIndex(of: UInt8(ascii: "\"")) {
                // The site's own links, written absolute so that paper can print them.
                out += Array(" href=\"".utf8) + Array(absolute(String(decoding: bytes[(index + 7)..<end], as: UTF8.self)).utf8)
                index = end
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

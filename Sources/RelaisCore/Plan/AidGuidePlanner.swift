import RelaisFrench

/// The pages of the aid guide: `/aides/` and its following pages, the closed aids apart, and a page (with its
/// following pages) for each value of each facet that current aids have; none for a value no current aid has.
enum AidGuidePlanner {
    static let basePath = "/aides/"
    static let closedPath = "/aides/cloturees/"
    static let bookletPath = "/aides/guide-complet/"
    /// Aids per part of the printed guide: some 400 A4 pages.
    static let bookletPartSize = 200

    /// The printed guide: the guide's current aids, in its order, in parts of `bookletPartSize`.
    static func booklet(of listings: [AidListing]) -> [AidListing] {
        let current = listings.filter { $0.scope == .current }.flatMap(\.aidIds)
        guard !current.isEmpty else { return [] }
        return paginate(current, scope: .current, basePath: bookletPath, size: bookletPartSize)
    }

    /// Current aids first by status (closing soon, open, ongoing, upcoming), then by deadline, then by title.
    static func ordered(_ aids: [RecordAid]) -> [RecordAid] {
        func rank(_ aid: RecordAid) -> Int {
            switch aid.status.code {
            case "closingSoon": 0
            case "open": 1
            case "ongoing": 2
            case "upcoming": 3
            default: 4
            }
        }
        // Indexes are sorted, not the aids: moving a record aid retains and releases each of its many fields.
        let keyed = aids.indices.map { (index: $0, rank: rank(aids[$0]), title: FrenchFolding.sortKey(aids[$0].title)) }
        return keyed.sorted { first, second in
            if first.rank != second.rank { return first.rank < second.rank }
            // Closed aids: most recently closed first; others: nearest date first, none last.
            let firstDate = aids[first.index].status.date, secondDate = aids[second.index].status.date
            if firstDate != secondDate {
                guard let firstDate else { return false }
                guard let secondDate else { return true }
                return aids[first.index].status.isClosed ? firstDate > secondDate : firstDate < secondDate
            }
            return (first.title, aids[first.index].id) < (second.title, aids[second.index].id)
        }.map { aids[$0.index] }
    }

    /// Every listing page, in order: the guide, the closed aids, then each facet's values (sorted by label).
    static func listings(_ record: SiteRecord) -> [AidListing] {
        let sorted = ordered(record.aids)
        let current = sorted.filter { !$0.status.isClosed }
        let closed = sorted.filter(\.status.isClosed)
        var listings = paginate(current.map(\.id), scope: .current, basePath: basePath)
        if !closed.isEmpty { listings += paginate(closed.map(\.id), scope: .closed, basePath: closedPath) }
        // Each facet goes over every current aid and needs nothing of the others: one chunk each, on all cores,
        // their pages in the order of the facets.
        let facetListings = AidFacet.allCases.concurrentChunks(AidFacet.allCases.count) { facets in
            facets.flatMap { facetListing($0, of: current) }
        }
        return listings + facetListings.flatMap { $0 }
    }

    /// The pages of one facet: one listing per value, values in French order.
    private static func facetListing(_ facet: AidFacet, of current: [RecordAid]) -> [AidListing] {
        // By slug: two labels folding to one address make one page, named by the first label met.
        var labels: [String: String] = [:]
        var members: [String: [String]] = [:]
        for aid in current {
            for value in facet.values(of: aid) where !value.slug.isEmpty && members[value.slug]?.last != aid.id {
                labels[value.slug] = labels[value.slug] ?? value.label
                members[value.slug, default: []].append(aid.id)
            }
        }
        let values = labels.map { AidFacet.Value(slug: $0.key, label: $0.value) }
            .sorted { (FrenchFolding.sortKey($0.label), $0.slug) < (FrenchFolding.sortKey($1.label), $1.slug) }
        return values.flatMap { value in
            paginate(members[value.slug] ?? [], scope: .facet(facet, value: value), basePath: "\(basePath)\(facet.segment)/\(value.slug)/")
        }
    }

    /// What the guide's pages show besides the cards themselves: the listings' addresses, labels, counts and aid ids.
    static func fingerprint(of listings: [AidListing]) -> String {
        var hash = StableHash()
        for listing in listings {
            // The scope names the facet value's label, which every page's facet list shows.
            // Spelt out: interpolating the enum went through reflection, a tenth of plan in `relais check`.
            let scope = switch listing.scope {
            case .current: "current"
            case .closed: "closed"
            case .facet(let facet, let value): "facet \(facet.rawValue) \(value.slug) \(value.label)"
            }
            hash.combine("\(listing.path) \(scope) \(listing.pageCount) \(listing.totalCount)")
            for id in listing.aidIds { hash.combine(id) }
        }
        return hash.hex
    }

    static func paginate(_ ids: [String], scope: AidListing.Scope, basePath: String, size: Int = AidListing.pageSize) -> [AidListing] {
        let pageCount = max(1, (ids.count + size - 1) / size)
        return (1...pageCount).map { number in
            let slice = ids.dropFirst((number - 1) * size).prefix(size)
            return AidListing(scope: scope, basePath: basePath, pageNumber: number, pageCount: pageCount, totalCount: ids.count, aidIds: Array(slice))
        }
    }
}

/// What every page of the guide shows besides its cards: each facet value with its page and count, and the
/// sizes of the two main listings. Made once per build from the listings.
struct AidGuideIndex: Sendable {
    struct Entry: Sendable {
        let facet: AidFacet
        let value: AidFacet.Value
        let path: String
        let count: Int
    }

    let entries: [Entry]
    let currentCount: Int
    let closedCount: Int

    init(_ listings: [AidListing]) {
        var entries: [Entry] = []
        var current = 0, closed = 0
        for listing in listings where listing.pageNumber == 1 {
            switch listing.scope {
            case .current: current = listing.totalCount
            case .closed: closed = listing.totalCount
            case .facet(let facet, let value): entries.append(Entry(facet: facet, value: value, path: listing.basePath, count: listing.totalCount))
            }
        }
        (self.entries, currentCount, closedCount) = (entries, current, closed)
    }
}

import Foundation

/// A fingerprint of each part of the record an output can read: an item is what its encoding says, so
/// anything that changes it (its file, an organisation it names, its status on the build date, the base URL)
/// changes its fingerprint.
struct RecordFingerprints: Sendable {
    /// Input key → fingerprint.
    let values: [String: String]
    /// What every output reads: the site's identity and options.
    let site: String

    static func make(_ record: SiteRecord) async -> RecordFingerprints {
        var values: [String: String] = [:]
        func add(_ kind: ContentKind, _ ids: [String], _ fingerprints: [String]) {
            var every = StableHash()
            for (id, fingerprint) in zip(ids, fingerprints) {
                values[OutputInput.item(kind, id).key] = fingerprint
                every.combine(id)
                every.combine(fingerprint)
            }
            values[OutputInput.every(kind).key] = every.hex
        }
        add(.aid, record.aids.map(\.id), await record.aids.parallelMap { HashingEncoder.fingerprint(of: $0) })
        add(.event, record.events.map(\.id), await record.events.parallelMap { HashingEncoder.fingerprint(of: $0) })
        add(.basin, record.basins.map(\.id), await record.basins.parallelMap { HashingEncoder.fingerprint(of: $0) })
        add(.programme, record.programmes.map(\.id), await record.programmes.parallelMap { HashingEncoder.fingerprint(of: $0) })
        add(.news, record.news.map(\.id), await record.news.parallelMap { HashingEncoder.fingerprint(of: $0) })
        add(.page, record.pages.map(\.id), await record.pages.parallelMap { HashingEncoder.fingerprint(of: $0) })
        values[OutputInput.aidHeadlines.key] = HashingEncoder.fingerprint(of: record.aidHeadlines)
        for (id, fingerprint) in zip(record.aids.map(\.id), await record.aids.parallelMap { HashingEncoder.fingerprint(of: AidCardFields($0)) }) {
            values[OutputInput.aidCard(id).key] = fingerprint
        }
        values[OutputInput.organisations.key] = HashingEncoder.fingerprint(of: record.organisations)
        values[OutputInput.buildDate.key] = record.buildDate.iso
        values[OutputInput.lastModified.key] = record.lastModified.iso
        return RecordFingerprints(values: values, site: HashingEncoder.fingerprint(of: record.site) + "-" + StableHash.of(record.mediaFiles.joined(separator: "\n").utf8))
    }

    /// The fingerprints with what the plan derived from the whole record: the list of planned pages (paths, dates,
    /// noindex), which the sitemap lists, and the guide's listings.
    func adding(plan: SitePlan) -> RecordFingerprints {
        let outputs = plan.outputs
        var hash = StableHash()
        for output in outputs where output.isPage {
            hash.combine(output.path)
            hash.combine(output.lastModified?.iso ?? "-")
            hash.combine(output.noindex ? "noindex" : "index")
        }
        var values = self.values
        values[OutputInput.plannedPages.key] = hash.hex
        values[OutputInput.aidGuide.key] = plan.aidGuideFingerprint
        values.merge(plan.plannedFingerprints) { _, planned in planned }
        // Every page links the theme's fingerprinted files: a new stylesheet or script makes every page again.
        return RecordFingerprints(values: values, site: site + "-" + plan.theme.fingerprint)
    }
}

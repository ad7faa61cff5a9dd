import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// `sitemap.xml` read back with lxml, `robots.txt` with Python's robotparser.
@Suite("Sitemap and robots.txt")
struct SitemapTests {
    static let base = "https://guide-aides.example.org/"

    @Test func everyIndexablePageIsListedOnceAtItsAbsoluteURL() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let sitemap = try SitemapReading.read("\(output)/sitemap.xml")
        #expect(sitemap.root == "urlset")
        #expect(sitemap.namespaces == [SitemapReading.namespace])
        #expect(sitemap.encoding?.lowercased() == "utf-8")
        let locs = sitemap.entries.compactMap(\.loc)
        #expect(locs.count == sitemap.entries.count)
        #expect(Set(locs).count == locs.count, "each page once")
        #expect(locs.allSatisfy { $0.hasPrefix(Self.base) })
        // Every HTML page written, but the ones that ask not to be indexed (the 404 page).
        var expected: Set<String> = []
        var noindex: [String] = []
        for (file, path) in BuiltPages.list(in: output) {
            let page = try HTMLTree.parse(try String(contentsOfFile: "\(output)/\(file)", encoding: .utf8))
            if page.all({ $0.name == "meta" && $0["name"] == "robots" }).contains(where: { ($0["content"] ?? "").contains("noindex") }) {
                noindex.append(path)
            } else {
                expected.insert(Self.base + path.dropFirst())
            }
        }
        #expect(noindex == ["/404.html"])
        #expect(Set(locs) == expected)
        #expect(locs.first == Self.base)
    }

    @Test func lastmodIsTheContentDateOfWhatEachPageShows() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let record = try await Repository.exampleRecord()
        let sitemap = try SitemapReading.read("\(output)/sitemap.xml")
        let lastmod = Dictionary(sitemap.entries.map { ($0.loc ?? "", $0.lastmod) }, uniquingKeysWith: { first, _ in first })
        #expect(sitemap.entries.allSatisfy { $0.lastmod.flatMap(CalendarDate.init(iso:)) != nil }, "W3C dates, every page dated")
        for aid in record.aids { #expect(lastmod[aid.url.absolute] == aid.dates.modified.iso, "\(aid.id)") }
        for event in record.events { #expect(lastmod[event.url.absolute] == event.dates.modified.iso, "\(event.id)") }
        for news in record.news { #expect(lastmod[news.url.absolute] == news.dates.modified.iso, "\(news.id)") }
        for page in record.pages { #expect(lastmod[page.url.absolute] == page.dates.modified.iso, "\(page.id)") }
        // A basin's page lists its aids and events: the latest of them and of the basin.
        for basin in record.basins {
            let dates = [basin.dates.modified] + basin.aidIds.compactMap { record.aid($0)?.dates.modified }
                + basin.eventIds.compactMap { record.event($0)?.dates.modified }
            #expect(lastmod[basin.url.absolute] == dates.max()?.iso, "\(basin.id)")
        }
        // Lists take the latest of what they list.
        #expect(lastmod[Self.base + "aides/"] == record.aids.map(\.dates.modified).max()?.iso)
        #expect(lastmod[Self.base + "actualites/"] == record.news.map(\.dates.modified).max()?.iso)
        #expect(lastmod[Self.base + "programmes/"] == record.programmes.map(\.dates.modified).max()?.iso)
        #expect(lastmod[Self.base] == record.lastModified.iso)
        // Never the build date.
        #expect(!sitemap.entries.contains { $0.lastmod == "2023-06-15" })
    }

    /// Past the limit (50,000 by the protocol, 7 here), pages go into numbered sitemaps listed by an index.
    @Test func pastTheLimitTheSitemapBecomesAnIndex() async throws {
        let record = try await Repository.exampleRecord()
        let pages = PagePlanner.plan(record, guide: AidGuidePlanner.listings(record))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-sitemap-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(SitemapPlanner.plan(record, pages: pages), record: record, to: folder + "/whole")
        let split = SitemapPlanner.plan(record, pages: pages, limit: 7)
        try write(split, record: record, to: folder + "/split")

        let whole = try SitemapReading.read(folder + "/whole/sitemap.xml")
        let indexed = pages.filter { !$0.noindex }.count
        #expect(whole.entries.count == indexed && indexed > 28)
        let files = (indexed + 6) / 7
        let index = try SitemapReading.read(folder + "/split/sitemap.xml")
        #expect(index.root == "sitemapindex")
        #expect(index.namespaces == [SitemapReading.namespace])
        #expect(index.entries.map(\.loc) == (1...files).map { Self.base + "sitemap-\($0).xml" })
        var listed: [SitemapReading.Entry] = []
        for (number, entry) in index.entries.enumerated() {
            let child = try SitemapReading.read(folder + "/split/sitemap-\(number + 1).xml")
            #expect(child.root == "urlset")
            #expect(child.namespaces == [SitemapReading.namespace])
            #expect((1...7).contains(child.entries.count))
            #expect(entry.lastmod == child.entries.compactMap(\.lastmod).max(), "an index entry is dated by its latest page")
            listed += child.entries
        }
        #expect(listed == whole.entries, "the same pages, in the same order")
        #expect(split.map(\.path) == ["/sitemap.xml"] + (1...files).map { "/sitemap-\($0).xml" } + ["/robots.txt"])
        // Exactly at the limit, one sitemap.
        #expect(SitemapPlanner.plan(record, pages: pages, limit: indexed).map(\.path) == ["/sitemap.xml", "/robots.txt"])
    }

    @Test func robotsTxtNamesTheSitemapAndAllowsEveryPage() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let text = try String(contentsOfFile: "\(output)/robots.txt", encoding: .utf8)
        #expect(text == "User-agent: *\nDisallow:\n\nSitemap: \(Self.base)sitemap.xml\n")
        let robots = try RobotsReading.read("\(output)/robots.txt", urls: [Self.base, Self.base + "aides/alixio-emplois-cdi/", Self.base + "atom.xml"])
        #expect(robots.sitemaps == [Self.base + "sitemap.xml"])
        #expect(robots.allowed.count == 3 && robots.allowed.values.allSatisfy { $0 })
    }

    /// Renders planned artifacts as the render step does and writes them where the write step would.
    private func write(_ outputs: [PlannedOutput], record: SiteRecord, to folder: String) throws {
        for output in outputs {
            guard case .artifact(let render) = output.producer else { continue }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(SiteURLs.outputFile(for: output.path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(ByteSink.collect { render(RecordReader(record), &$0) }).write(to: url)
        }
    }
}

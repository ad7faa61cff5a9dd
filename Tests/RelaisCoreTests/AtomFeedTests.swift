import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// `/atom.xml`, read back with feedparser: a valid Atom feed of the latest news, aids and events, with ids that
/// do not move when the content is rebuilt or edited, and dates from the content only.
@Suite("Atom feed")
struct AtomFeedTests {
    static let base = "https://guide-aides.example.org/"

    @Test func exampleFeedIsValidAtomWithTheSiteIdentity() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.published)
        let record = try await Repository.exampleRecord()
        let feed = try AtomReading.read("\(output)/atom.xml")
        #expect(!feed.bozo, "\(feed.bozoException)")
        #expect(feed.version == "atom10")
        // The year of the earliest publication date: the CRÉER news item of 30 May 2011.
        #expect(feed.id == "tag:guide-aides.example.org,2011:/")
        #expect(feed.title == FrenchTypography.apply(record.site.title))
        #expect(feed.author == FrenchTypography.apply(try #require(record.site.publisher).name))
        #expect(feed.language == "fr")
        #expect(feed.link("self") == Self.base + "atom.xml")
        #expect(feed.link("alternate") == Self.base)
        // The latest content date of the entries, not the build date (15 June 2023).
        let latest = try #require((record.news.map(\.dates.modified) + record.aids.map(\.dates.modified) + record.events.map(\.dates.modified)).max())
        #expect(feed.updated == "\(latest.iso)T00:00:00+01:00")
    }

    @Test func everyEntryHasAnIdALinkToItsPageAndItsContentDate() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let record = try await Repository.exampleRecord()
        let feed = try AtomReading.read("\(output)/atom.xml")
        // Fewer than 50 items in the example: all of them.
        #expect(feed.entries.count == record.news.count + record.aids.count + record.events.count)
        let ids = feed.entries.compactMap(\.id)
        #expect(ids.count == feed.entries.count && Set(ids).count == ids.count)
        struct Item { let modified: CalendarDate; let published: CalendarDate?; let title: String; let summary: String; let kind: String }
        var items: [String: Item] = [:]
        for news in record.news {
            items[news.url.absolute] = Item(modified: news.dates.modified, published: news.dates.published ?? news.date, title: news.title, summary: news.summary, kind: "news")
        }
        for aid in record.aids {
            items[aid.url.absolute] = Item(modified: aid.dates.modified, published: aid.dates.published, title: aid.title, summary: aid.promise, kind: "aid")
        }
        for event in record.events {
            items[event.url.absolute] = Item(modified: event.dates.modified, published: event.dates.published, title: event.title, summary: event.summary, kind: "event")
        }
        for entry in feed.entries {
            let url = try #require(entry.alternate)
            let item = try #require(items[url], "\(url)")
            let path = String(url.dropFirst(Self.base.count))
            #expect(FileManager.default.fileExists(atPath: "\(output)/\(SiteURLs.outputFile(for: "/" + path))"), "\(url)")
            // tag:<host>,<publication date, else the site's year>:<path>
            #expect(entry.id == "tag:guide-aides.example.org,\(item.published?.iso ?? "2011"):/\(path)")
            #expect(entry.updated?.hasPrefix(item.modified.iso + "T00:00:00+0") == true, "\(url): \(entry.updated ?? "")")
            #expect(entry.published?.hasPrefix(item.published?.iso ?? "none") ?? (item.published == nil), "\(url)")
            #expect(entry.title == FrenchTypography.apply(item.title))
            #expect(entry.summary == FrenchTypography.apply(item.summary))
            #expect(entry.summaryType == "text/plain")
            #expect(entry.categories == [item.kind])
        }
        // Paris midnight with the offset of that day: winter +01:00, summer +02:00.
        let minier = feed.entries.first { $0.alternate == Self.base + "aides/siae-bassin-minier/" }
        #expect(minier?.updated == "2019-04-15T00:00:00+02:00")
        #expect(minier?.updatedUTC == 1_555_279_200)
        let news = feed.entries.first { $0.alternate == Self.base + "actualites/20-ans-revitalisation-bilan/" }
        #expect(news?.updated == "2022-12-05T00:00:00+01:00")
        #expect(news?.updatedUTC == 1_670_194_800)
        // Latest first.
        let times = feed.entries.compactMap(\.updatedUTC)
        #expect(times.count == feed.entries.count && times == times.sorted(by: >))
    }

    @Test func idsStayTheSameAcrossBuildsAndWhenAnAidIsEdited() async throws {
        let site = try TestSite([
            "actualites/2023-01-20-ouverture.md": "---\ntitle: Le guide ouvre\nsummary: Toutes les aides du territoire.\ndateModified: 2023-01-20\n---\nLe guide ouvre.\n",
            "evenements/reunion.md": TestSite.onlineEvent(start: "2023-09-01T10:00", end: "2023-09-01T11:00"),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        let first = try AtomReading.read(site.output + "/atom.xml")
        let firstText = try site.page("atom.xml")
        #expect(!first.bozo, "\(first.bozoException)")
        #expect(first.entries.count == 3)
        #expect(await site.build().published)
        #expect(try site.page("atom.xml") == firstText, "two builds of the same content give the same feed")

        let edited = TestSite.aid.replacingOccurrences(of: "dateModified: 2022-12-05", with: "dateModified: 2023-05-02")
            .replacingOccurrences(of: "Le prêt finance", with: "Le prêt, désormais plus souple, finance")
        try site.write(edited, to: "aides/pret-emploi.md")
        #expect(await site.build().published)
        let after = try AtomReading.read(site.output + "/atom.xml")
        #expect(after.id == first.id)
        #expect(after.id == "tag:guide.example.org,2023:/")
        #expect(Set(after.entries.compactMap(\.id)) == Set(first.entries.compactMap(\.id)))
        let aid = try #require(after.entries.first)
        #expect(aid.alternate == "https://guide.example.org/aides/pret-emploi/", "the edited aid comes first")
        #expect(aid.id == "tag:guide.example.org,2023:/aides/pret-emploi/")
        #expect(aid.updated == "2023-05-02T00:00:00+02:00")
        #expect(after.updated == "2023-05-02T00:00:00+02:00")
        let news = after.entries.first { $0.alternate == "https://guide.example.org/actualites/ouverture/" }
        #expect(news?.id == "tag:guide.example.org,2023-01-20:/actualites/ouverture/")
        #expect(news?.published == "2023-01-20T00:00:00+01:00")
    }

    /// The rule: news, aids and events together, latest `dateModified` first, then by path; at most `entryLimit`.
    @Test func entriesAreTheMostRecentChangesAcrossKinds() async throws {
        let second = TestSite.aid.replacingOccurrences(of: "dateModified: 2022-12-05", with: "dateModified: 2023-01-10\ndatePublished: 2023-01-05")
        let site = try TestSite([
            "aides/autre-pret.md": second,
            "actualites/2023-01-20-ouverture.md": "---\ntitle: Le guide ouvre\nsummary: Toutes les aides.\ndateModified: 2023-02-01\n---\nTexte.\n",
            "evenements/reunion.md": TestSite.onlineEvent(start: "2023-09-01T10:00", end: "2023-09-01T11:00"),
        ])
        defer { site.remove() }
        let record = try await site.record()
        let feed = AtomFeed(record: RecordReader(record), entryLimit: 3)
        #expect(feed.entries.map(\.url) == [
            "https://guide.example.org/actualites/ouverture/",
            "https://guide.example.org/aides/autre-pret/",
            "https://guide.example.org/evenements/reunion/",
        ])
        #expect(feed.entries.map(\.id) == [
            "tag:guide.example.org,2023-01-20:/actualites/ouverture/",
            "tag:guide.example.org,2023-01-05:/aides/autre-pret/",
            // No datePublished: the site's year, the earliest publication date's (5 January 2023).
            "tag:guide.example.org,2023:/evenements/reunion/",
        ])
        #expect(feed.updated == "2023-02-01T00:00:00+01:00")
        #expect(AtomFeed(record: RecordReader(record)).entries.count == 4)
    }

    /// Text that means something in XML reaches the reader as text.
    @Test func markupInTitlesIsEscaped() async throws {
        let aid = TestSite.aid.replacingOccurrences(of: "title: Prêt pour créer des emplois", with: "title: \"Prêt <b>x</b> & garantie solide\"")
            .replacingOccurrences(of: "promise: Un prêt à taux zéro pour chaque emploi créé.", with: "promise: \"Un prêt </summary><x>\"")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.published, "\(report.diagnostics.map(\.formatted))")
        let feed = try AtomReading.read(site.output + "/atom.xml")
        #expect(!feed.bozo, "\(feed.bozoException)")
        #expect(feed.entries.first?.title == FrenchTypography.apply("Prêt <b>x</b> & garantie solide"))
        #expect(feed.entries.first?.summary == FrenchTypography.apply("Un prêt </summary><x>"))
    }
}

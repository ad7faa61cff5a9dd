import Foundation
@testable import RelaisCore
import Testing

/// The full-text search `/recherche/`: French folding, the index files Relais writes, and the page driven in
/// headless Chromium on the example site (folded and prefix queries, ranking, snippets, keyboard, status line,
/// bytes downloaded), and its page without the script.
@Suite("Search")
struct SearchTests {
    /// `relais check` writes nothing, so it does not work the search index out (a seventh of it on 10,000 aids).
    @Test func checkDoesNotMakeTheSearchIndex() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let check = await site.build(writes: false)
        let build = await site.build()
        #expect(check.succeeded && build.published)
        #expect(check.timings.first { $0.step == "plan" }?.summary.contains("index de recherche") == false)
        #expect(build.timings.first { $0.step == "plan" }?.summary.contains("index de recherche") == true)
    }

    @Test func foldingCaseAccentsLigaturesElisionAndPlurals() {
        #expect(SearchFolding.terms("L’emploi d'abord, qu’il soit CRÉATION ou Œuvres ; les prêts et travaux") ==
                ["emploi", "abord", "soit", "creation", "oeuvre", "pret", "travau"])
        // Stop words and one-letter words are left out; "ss" is not a plural.
        #expect(SearchFolding.terms("Le à la de y process") == ["process"])
        // Files saved with combining accents fold like precomposed ones.
        #expect(SearchFolding.terms("cre\u{0301}ation") == ["creation"])
    }

    @Test func postingsRoundTrip() {
        let entries: [UInt32] = [0 << 4 | 15, 1 << 4 | 0, 2 << 4 | 5, 900 << 4 | 12, 70_000 << 4 | 3]
        var bytes: [UInt8] = []
        SearchPostings.encode(entries, into: &bytes)
        let decoded = SearchPostings.decode(String(decoding: bytes, as: UTF8.self))
        #expect(decoded.map(\.page) == [0, 1, 2, 900, 70_000])
        #expect(decoded.map(\.code) == [15, 0, 5, 12, 3])
        #expect(SearchPostings.code(rank: 3, count: 1) == 12 && SearchPostings.code(rank: 0, count: 9) == 3)
    }

    /// Every term lands in exactly one shard, the one whose key is its longest prefix among the keys, and a
    /// shard stays under the size limit unless it holds one term alone.
    @Test func shardsByPrefix() throws {
        let documents = (0..<400).map { n in
            SearchDocument(kind: .aid, path: "/aides/a\(n)/", title: "Aide \(n) emploi\(n % 37) employeur", summary: "Prêt \(n % 11)",
                           headings: [], body: String(repeating: "création emplois entreprise territoire mot\(n % 53) ", count: 3))
        }
        let index = SearchIndex(documents: documents, urls: SiteURLs(baseURL: "https://example.org/"))
        let keys = Set(index.shards.map(\.key))
        var holder: [String: String] = [:]
        for shard in index.shards {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(shard.json.utf8)) as? [String: String])
            #expect(shard.json.utf8.count <= SearchIndex.shardBytes + 200 || object.count == 1 || object.keys.allSatisfy { $0 == shard.key })
            for term in object.keys {
                #expect(holder[term] == nil)
                holder[term] = shard.key
                let longest = (1...term.count).reversed().map { String(term.prefix($0)) }.first { keys.contains($0) }
                #expect(longest == shard.key, "\(term)")
            }
        }
        #expect(keys.count > 5, "split by prefix")
        let emploi = try #require(holder["emploi"])
        let shard = try #require(index.shards.first { $0.key == emploi })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shard.json.utf8)) as? [String: String])
        let postings = SearchPostings.decode(try #require(object["emploi"]))
        #expect(postings.count == 400 && postings.allSatisfy { $0.code >> 2 == 0 }, "in every body, from the plural")
        #expect(index.documentFiles.count == 100)
    }

    struct Answer: Decodable {
        struct Result: Decodable {
            let title: String
            let url: String
            let kind: String
            let snippet: String
            let marks: [String]
        }
        struct Bytes: Decodable {
            let script: Int
            let index: Int
            let files: [String]
        }
        let query: String
        let status: String
        let role: String?
        let results: [Result]
        let bytes: Bytes
        let focusAfterDown: String?
        let address: String
    }

    @Test func theExampleSiteSearchedInChromium() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.succeeded)
        let answers = try PythonReader.read([Answer].self, script: "drive_search.py",
                                            [output, "creation", "prets", "l'emploi", "emplo", "appui rh", "zzzz", "le", "dussopt"])
        let byQuery = Dictionary(uniqueKeysWithValues: answers.map { ($0.query, $0) })

        // "creation" finds "création", with the word marked in a snippet.
        let creation = try #require(byQuery["creation"])
        #expect(creation.results.contains { $0.marks.contains("création") })
        #expect(creation.role == "status" && creation.status.hasSuffix("pour « creation ».") && creation.address == "/recherche/?q=creation")
        // "prets" finds "prêt" in a title: that aid comes first.
        let prets = try #require(byQuery["prets"])
        #expect(prets.results.first?.url == "/aides/alixio-emplois-cdi/" && prets.results.first?.marks.contains("Prêt") == true)
        // "l'emploi" finds "emploi"; titles with the word come before pages that have it only in their text.
        let emploi = try #require(byQuery["l'emploi"])
        #expect(emploi.results.count == 10 && emploi.status.wholeMatch(of: /2[0-9] résultats pour « l'emploi »\./) != nil, "\(emploi.status)")
        let firstTitles = emploi.results.prefix(3).map { $0.title.lowercased() }
        #expect(firstTitles.allSatisfy { $0.contains("emploi") })
        // A prefix as it is typed.
        #expect(try #require(byQuery["emplo"]).results.count == 10)
        // Two words: pages with both.
        let appui = try #require(byQuery["appui rh"])
        #expect(appui.results.first?.url == "/aides/appui-rh-tpe-pme/" && appui.results.first?.kind == "Aide")
        // A speaker of an event's programme, by name.
        #expect(try #require(byQuery["dussopt"]).results.first?.url == "/evenements/20-ans-revitalisation/")
        // No result, a stop word: said in the status line; 1 result is singular.
        #expect(try #require(byQuery["zzzz"]).status.hasPrefix("Aucun résultat pour « zzzz »"))
        #expect(try #require(byQuery["le"]).results.isEmpty && byQuery["le"]?.status.isEmpty == false)
        // The keyboard: the down arrow goes from the field to the first result.
        #expect(emploi.focusAfterDown == emploi.results.first?.url)
        // Small downloads: the script under 10 KB, the index pieces of a query under 80 KB with it.
        #expect(emploi.bytes.script > 0 && emploi.bytes.script < 10_000)
        #expect(emploi.bytes.script + emploi.bytes.index < 80_000)
        #expect(emploi.bytes.files.contains("manifeste.json") && emploi.bytes.files.contains { $0.hasPrefix("t/") })
    }

    /// Without JavaScript: the form is hidden and the page says how to use the guide's facet pages, which exist.
    @Test func withoutTheScriptThePageLeadsToTheGuide() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let page = try await ExampleSite.shared.page("/recherche/")
        let form = try #require(page.byID("recherche"))
        #expect(form["hidden"] != nil && form["role"] == "search")
        #expect(page.byID("recherche-annonce")?["role"] == "status")
        let fallback = try #require(page.byID("recherche-sans-script"))
        #expect(fallback["hidden"] == nil && fallback.text.contains("JavaScript"))
        let links = fallback.all("a").compactMap { $0["href"] }
        #expect(links.contains("/aides/") && links.contains { $0.hasPrefix("/aides/type/") })
        for link in links {
            #expect(FileManager.default.fileExists(atPath: "\(output)/\(SiteURLs.outputFile(for: link))"), "\(link)")
        }
        let scripts = page.all("script").filter { $0["type"] != "application/ld+json" }
        #expect(scripts.count == 1 && scripts.allSatisfy { $0["src"]?.wholeMatch(of: /\/assets\/recherche\.[0-9a-f]{10}\.js/) != nil && $0.text.isEmpty }, "no inline script")
        // The 404 page's search box goes to this page.
        let notFound = try await ExampleSite.shared.page("/404.html")
        #expect(notFound.all("form").contains { $0["action"] == "/recherche/" && $0.all("input").contains { $0["name"] == "q" } })
    }
}

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
        // "-oux" is kept whole: a name ("Roux") must not become a prefix of others ("Rousseau").
        #expect(SearchFolding.terms("Aïcha Roux, bijoux et bureaux") == ["aicha", "roux", "bijoux", "bureau"])
        // Stop words and one-letter words are left out; "ss" is not a plural.
        #expect(SearchFolding.terms("Le à la de y process") == ["process"])
        // Files saved with combining accents fold like precomposed ones.
        #expect(SearchFolding.terms("cre\u{0301}ation") == ["creation"])
    }

    @Test func postingsRoundTrip() throws {
        let entries: [(page: Int, code: Int)] = [(0, 63), (1, 0), (2, 5), (31, 7), (900, 12), (70_000, 3)]
        var bytes: [UInt8] = []
        SearchPostings.encode(entries, into: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let decoded = SearchPostings.decode(text)
        #expect(decoded.map(\.page) == entries.map(\.page))
        #expect(decoded.map(\.code) == entries.map(\.code))
        // Pages next to each other cost a character each; the string needs no escaping in JSON.
        #expect(bytes.count == 1 + 1 + 1 + 2 + 4 + 5)
        #expect(try JSONSerialization.jsonObject(with: Data("[\"\(text)\"]".utf8)) as? [String] == [text])
    }

    /// BM25 with Pagefind's parameters: the field order, saturation, and the length of the page against the average.
    @Test func weightsFollowBM25() {
        func code(_ weighted: Int, length: Int) -> Int { SearchRanking.code(weightedCount: weighted, length: length, averageLength: 200) }
        // One mention on pages of the same length: title > summary > headings and labels > body.
        let byField = [SearchDocument.Field.title, .summary, .headings, .body].map { code(SearchRanking.weight($0), length: 200) }
        #expect(byField == byField.sorted(by: >) && Set(byField).count == 4, "\(byField)")
        // A short page dense in a word comes before a long page that mentions it a little more often.
        #expect(code(2, length: 40) > code(4, length: 1_600))
        // Mentions saturate: the fifth adds less than the second.
        let counts = (1...5).map { SearchRanking.frequency(code: code($0, length: 200)) }
        let score = counts.map { $0 / (1 + $0) }
        #expect(score[1] - score[0] > score[4] - score[3] && score[4] > score[3])
        // The script's value of a code is within its interval, and the codes cover a title and body mentions on a short page.
        #expect(abs(SearchRanking.frequency(code: code(7, length: 200)) - 7 / 1.4) < 0.5)
        #expect(code(7 + 3 + 2 + 6, length: 100) < SearchRanking.codes - 1 && code(10_000, length: 1) == SearchRanking.codes - 1)
    }

    /// Each page's code is the one its own counts give, whichever chunk of pages it was read in (the pages are read
    /// on all cores), and two indexes of the same pages are identical.
    @Test func precomputedWeightsAreDeterministic() throws {
        let documents = (0..<700).map { n in
            SearchDocument(kind: .aid, path: "/aides/a\(n)/", title: n % 5 == 0 ? "Emploi \(n)" : "Aide \(n)", summary: n % 3 == 0 ? "L’emploi local" : "Un prêt",
                           headings: n % 7 == 0 ? ["Emplois aidés"] : [],
                           body: String(repeating: "création d’entreprise ", count: 1 + n % 40) + String(repeating: "emploi ", count: n % 4))
        }
        let urls = SiteURLs(baseURL: "https://example.org/")
        let first = SearchIndex(documents: documents, urls: urls), second = SearchIndex(documents: documents, urls: urls)
        #expect(first.shards.map(\.json) == second.shards.map(\.json) && first.manifest == second.manifest)

        func count(_ text: String) -> Int { SearchFolding.terms(text).filter { $0 == "emploi" }.count }
        let lengths = documents.map { ([$0.title, $0.summary, $0.body] + $0.headings).map { SearchFolding.terms($0).count }.reduce(0, +) }
        let average = Double(lengths.reduce(0, +)) / Double(documents.count)
        var expected: [(page: Int, code: Int)] = []
        for (page, document) in documents.enumerated() {
            let weighted = 7 * count(document.title) + 3 * count(document.summary) + 2 * document.headings.map(count).reduce(0, +) + count(document.body)
            if weighted > 0 { expected.append((page, SearchRanking.code(weightedCount: weighted, length: lengths[page], averageLength: average))) }
        }
        let shard = try #require(first.shards.filter { "emploi".hasPrefix($0.key) }.max { $0.key.count < $1.key.count })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shard.json.utf8)) as? [String: String])
        let postings = SearchPostings.decode(try #require(object["emploi"]))
        #expect(postings.map(\.page) == expected.map(\.page))
        #expect(postings.map(\.code) == expected.map(\.code))
        #expect(Set(postings.map(\.code)).count > 10, "codes spread")
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
        #expect(SearchPostings.decode(try #require(object["emploi"])).count == 400, "in every body, from the plural")
        #expect(index.documentFiles.count == 400 / SearchIndex.documentsPerFile)
    }

    /// Words side by side in a title or in one heading or label make a pair term ("mathieu-roux"), stop words
    /// skipped as the script skips them; not across two labels, not in the body. Pair terms do not lengthen a page.
    @Test func pairTermsFromTitlesAndLabels() throws {
        let documents = [
            SearchDocument(kind: .event, path: "/evenements/a/", title: "Forum de l’emploi", summary: "Mathieu Caron anime.",
                           headings: ["Mathieu Martin", "Anne Caron", "Maison des entreprises de Créteil"], body: "Avec Anne Martin."),
            SearchDocument(kind: .event, path: "/evenements/b/", title: "Atelier", summary: "", headings: ["Mathieu Caron"], body: ""),
        ]
        let index = SearchIndex(documents: documents, urls: SiteURLs(baseURL: "https://example.org/"))
        var pages: [String: [Int]] = [:]
        for shard in index.shards {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(shard.json.utf8)) as? [String: String])
            for (term, postings) in object { pages[term] = SearchPostings.decode(postings).map(\.page) }
        }
        #expect(pages["forum-emploi"] == [0] && pages["maison-entreprise"] == [0] && pages["entreprise-creteil"] == [0])
        #expect(pages["mathieu-caron"] == [1], "a pair of the summary or across two labels is not one")
        #expect(pages["mathieu-martin"] == [0] && pages["martin-anne"] == nil && pages["anne-martin"] == nil)
        #expect(SearchTerm(Array("mathieu".utf8))?.paired(with: try #require(SearchTerm(Array("caron".utf8)))).string == "mathieu-caron")
        let long = try #require(SearchTerm(Array("developpement".utf8))).paired(with: try #require(SearchTerm(Array("professionnellement".utf8))))
        #expect(long.string == "developpement-professionnellem", "cut at 30")
    }

    /// An event's page shows each person of its programme with a role and what each item is about: the search
    /// reads them too, as text (names and organisations are labels).
    @Test func eventProgrammeIsSearchedAsThePageShowsIt() async throws {
        let record = try await Repository.exampleRecord()
        let event = try #require(SearchDocument.all(RecordReader(record), aidOrder: []).first { $0.kind == .event })
        #expect(event.headings.contains("Bruno Lucas"))
        #expect(event.body.contains("délégué général à l’emploi et à la formation professionnelle"))
        #expect(event.body.contains("Porteurs de projets et représentants des services de l’État présentent"))
    }

    /// An event or a news item names the aids, programmes and basins it is about (chosen by its author, shown under
    /// "Voir aussi"): their titles are its labels, so that typing an aid's title also finds the webinar on it. An
    /// aid's own "aides proches" are worked out by Relais, not written: they are not its words.
    @Test func relatedItemsChosenByTheAuthorAreLabels() async throws {
        let site = try TestSite(TestSite.minimal.merging([
            "aides/pret-rebond.md": TestSite.aid.replacingLine(containing: "title:", with: "title: Le prêt rebond des artisans"),
            "evenements/webinaire.md": TestSite.onlineEvent(start: "2023-07-01T09:00", end: "2023-07-01T12:00", keys: "relatedAids: [pret-rebond]"),
            "actualites/2023-06-01-bilan.md": "---\ntitle: Un bilan\nsummary: Le bilan de l’année.\nrelatedAids: [pret-rebond]\ndateModified: 2023-06-01\n---\nDu texte.\n",
        ]) { $1 })
        defer { site.remove() }
        let documents = SearchDocument.all(RecordReader(try await site.record()), aidOrder: [])
        let event = try #require(documents.first { $0.kind == .event })
        let news = try #require(documents.first { $0.kind == .news })
        #expect(event.headings.contains("Le prêt rebond des artisans"))
        #expect(news.headings.contains("Le prêt rebond des artisans"))
        let aid = try #require(documents.first { $0.path == "/aides/pret-emploi/" })
        #expect(!aid.headings.contains { $0.contains("prêt rebond") }, "a neighbour on the same theme")
    }

    /// The result files are written directly, for speed: the bytes SortedJSONEncoder would write.
    @Test func resultFilesAsTheEncoderWritesThem() throws {
        let documents = [
            SearchDocument(kind: .event, path: "/evenements/e/", title: "Le « forum » de l’emploi", summary: "Un \"test\" \\ avec\ttab",
                           headings: [], body: String(repeating: "Des mots\net des lignes ", count: 30)),
            SearchDocument(kind: .page, path: "/a-propos/", title: "À propos", summary: "", headings: [], body: "Court."),
        ]
        let entries = documents.map { SearchResultEntry($0, urls: SiteURLs(baseURL: "https://example.org/")) }
        #expect(SearchResultEntry.json(entries) == String(decoding: try SortedJSONEncoder().encode(entries), as: UTF8.self))
        #expect(entries[0].e.hasSuffix(" …") && !entries[0].e.contains("\n") && entries[1].e == "Court.")
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
                                            [output, "creation", "prets", "l'emploi", "emplo", "appui rh", "zzzz", "le", "dussopt",
                                             "constructor", "constructora", "emploi tostring"])
        let byQuery = Dictionary(uniqueKeysWithValues: answers.map { ($0.query, $0) })

        // "creation" finds "création", with the word marked in a snippet.
        let creation = try #require(byQuery["creation"])
        #expect(creation.results.contains { $0.marks.contains("création") })
        #expect(creation.role == "status" && creation.status.hasSuffix("pour «\u{A0}creation\u{A0}».") && creation.address == "/recherche/?q=creation")
        // "prets" finds "prêt" in a title: that aid comes first.
        let prets = try #require(byQuery["prets"])
        #expect(prets.results.first?.url == "/aides/alixio-emplois-cdi/" && prets.results.first?.marks.contains("Prêt") == true)
        // "l'emploi" finds "emploi"; pages with the word in their title weigh more (a short page that says it
        // often in its text may still come first, as BM25 has it).
        let emploi = try #require(byQuery["l'emploi"])
        #expect(emploi.results.count == 10 && emploi.status.wholeMatch(of: /2[0-9] résultats pour «\u{A0}l'emploi\u{A0}»\./) != nil, "\(emploi.status)")
        #expect(emploi.results.filter { $0.title.lowercased().contains("emploi") }.count >= 7)
        // A prefix as it is typed.
        #expect(try #require(byQuery["emplo"]).results.count == 10)
        // Two words: pages with both.
        let appui = try #require(byQuery["appui rh"])
        #expect(appui.results.first?.url == "/aides/appui-rh-tpe-pme/" && appui.results.first?.kind == "Aide")
        // A speaker of an event's programme, by name.
        #expect(try #require(byQuery["dussopt"]).results.first?.url == "/evenements/20-ans-revitalisation/")
        // No result, a stop word: said in the status line; 1 result is singular.
        #expect(try #require(byQuery["zzzz"]).status.hasPrefix("Aucun résultat pour «\u{A0}zzzz\u{A0}»"))
        #expect(try #require(byQuery["le"]).results.isEmpty && byQuery["le"]?.status.isEmpty == false)
        // Found by hostile testing: words that name a property every JavaScript object has were taken for stop
        // words or shards ("L’index de recherche n’a pas pu être chargé" after fetching `t/constructor.json`).
        for query in ["constructor", "constructora", "emploi tostring"] {
            #expect(try #require(byQuery[query]).status.hasPrefix("Aucun résultat pour «\u{A0}\(query)\u{A0}»"), "\(byQuery[query]?.status ?? "")")
        }
        // The keyboard: the down arrow goes from the field to the first result.
        #expect(emploi.focusAfterDown == emploi.results.first?.url)
        // Small downloads: the script under 10 KB, the index pieces of a query under 80 KB with it.
        #expect(emploi.bytes.script > 0 && emploi.bytes.script < 10_000)
        #expect(emploi.bytes.script + emploi.bytes.index < 80_000)
        #expect(emploi.bytes.files.contains("manifeste.json") && emploi.bytes.files.contains { $0.hasPrefix("t/") })
    }

    /// The ranking the script works out, on pages made for it. Each page that should come second is listed first
    /// in the site's order, which breaks ties.
    @Test func rankingInChromium() async throws {
        let filler = String(repeating: "Les entreprises du territoire trouvent ici des conseils pratiques pour leurs projets. ", count: 40)
        func page(_ title: String, _ body: String) -> String { "---\ntitle: \(title)\ndateModified: 2022-12-05\n---\n\(body)\n" }
        let site = try TestSite([
            // A long page that says "tramway" four times, a short one that says it twice.
            "pages/a-long.md": page("Note longue", (1...4).map { _ in filler + " Le tramway." }.joined(separator: "\n\n")),
            "pages/b-court.md": page("Note courte", "Le tramway passe ici, et le tramway repart."),
            // The word in the body, the word in the title.
            "pages/c-corps.md": page("Note sur la ville", "La ville a un funiculaire. " + filler),
            "pages/d-titre.md": page("Le funiculaire", "La ville et ses quartiers. " + filler),
            // A longer word that starts with what is typed, the word itself.
            "pages/e-prefixe.md": page("Note d’atelier", "Un atelier de cartonnage. " + filler),
            "pages/f-exact.md": page("Note de stock", "Un stock de carton. " + filler),
            // A person's name as a heading, and its two words in two headings (and once more in the body).
            "pages/g-disperse.md": page("Note de séance", "## Mathieu Martin\n\nMathieu ouvre.\n\n## Anne Roux\n\n" + filler),
            "pages/h-nom.md": page("Note de réunion", "## Mathieu Roux\n\n" + filler),
            // "Roux" is a whole word, not the prefix "rou" of "Rousseau", in the index and in the script alike.
            "pages/i-rousseau.md": page("Note de visite", "## Mathieu Rousseau\n\n" + filler),
            // A word before the last one matches longer words as Pagefind does ("hôtel": "hôtellerie").
            "pages/j-hotellerie.md": page("Note de saison", "## L’hôtellerie en fête\n\n" + filler),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        let answers = try PythonReader.read([Answer].self, script: "drive_search.py",
                                            [site.output, "tramway", "funiculaire", "carton", "Mathieu Roux", "mathieu rou", "roux mathieu",
                                             "hôtel fête", "rou mathieu"])
        func links(_ query: String) -> [String] { answers.first { $0.query == query }?.results.map(\.url) ?? [] }
        #expect(links("tramway") == ["/b-court/", "/a-long/"], "a short page dense in the word before a long page")
        #expect(links("funiculaire") == ["/d-titre/", "/c-corps/"], "the title before the body")
        #expect(links("carton") == ["/f-exact/", "/e-prefixe/"], "the word before a longer word it starts")
        #expect(links("Mathieu Roux") == ["/h-nom/", "/g-disperse/"], "the words side by side in a heading first")
        #expect(links("mathieu rou").first == "/h-nom/" && Set(links("mathieu rou")) == ["/h-nom/", "/g-disperse/", "/i-rousseau/"],
                "also while the last word is typed")
        #expect(Set(links("roux mathieu")) == ["/h-nom/", "/g-disperse/"], "“roux” does not start “rousseau”")
        #expect(links("hôtel fête") == ["/j-hotellerie/"], "a word before the last matches the longer words it starts")
        #expect(links("rou mathieu").isEmpty, "a word of three letters before the last is whole")
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

extension SearchDocument {
    /// The body as one text, as the posting lists and the excerpt read it.
    var body: String { bodyTexts.joined(separator: "\n") }
}

import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The record holds where each rendered Markdown text is, not the text (`RenderedTexts`): pages and data files read
/// it back when they are made. A text reads the same bytes every time, whether it was rendered by this build (the
/// build's temporary file) or taken from the last one's memo, and a build needs no memo on disk.
@Suite("Rendered texts")
struct RenderedTextTests {
    typealias Project = IncrementalBuildTests.Project

    static let body = String(repeating: "Le prêt finance le besoin en fonds de roulement des entreprises qui recrutent. ", count: 12)

    static func site() throws -> TestSite {
        try TestSite(["aides/pret.md": TestSite.aid + "\n\n## Pour qui\n\n" + body])
    }

    /// A search excerpt reads the start of a body, cut at a whole scalar, not all of it: the same excerpt at every cut.
    @Test func aTextsHeadEndsAtAWholeScalarAndMakesTheSameExcerpt() {
        let text = String(repeating: "Prêt à l’œuvre — 🇫🇷 é, ", count: 40)
        let bytes = Array(text.utf8)
        for cut in 0...bytes.count {
            let head = Array(bytes[..<cut])
            let kept = RenderedTexts.wholeScalars(head)
            #expect(kept <= cut && kept >= cut - 3 && String(validating: head[..<kept], as: UTF8.self) != nil, "cut at \(cut)")
        }
        let cut = Array(bytes[..<(4 * (SearchIndex.excerptLength + 1))])
        let head = String(decoding: cut[..<RenderedTexts.wholeScalars(cut)], as: UTF8.self)
        #expect(SearchResultEntry.excerpt([head, "suite"]) == SearchResultEntry.excerpt([text, "suite"]))
    }

    @Test func theRecordHoldsWhereABodyIsNotTheBody() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let record = try await site.record()
        let aid = try #require(record.aid("pret"))
        #expect(!aid.description.isInline)
        // A short text costs less to keep than to read back.
        #expect(aid.eligibility.isInline)
        #expect(aid.description.headingIds == ["pour-qui"])
        let html = aid.description.html
        #expect(html.contains("<h2 id=\"pour-qui\">Pour qui</h2>"))
        #expect(html.contains("fonds de roulement"))
        #expect(aid.description.text.contains("Pour qui"))
        #expect(!aid.description.text.contains("<h2"))
        #expect(record.texts.failedReads == 0)
    }

    @Test func aTextAskedTwiceGivesTheSameBytes() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let record = try await site.record()
        let aid = try #require(record.aid("pret"))
        #expect(Array(aid.description.html.utf8) == Array(aid.description.html.utf8))
        #expect(Array(aid.description.text.utf8) == Array(aid.description.text.utf8))
        // Two records of the same content, each with its own temporary file, give the same texts and fingerprints.
        let again = try #require(try await site.record().aid("pret"))
        #expect(again.description.html == aid.description.html)
        #expect(HashingEncoder.fingerprint(of: again) == HashingEncoder.fingerprint(of: aid))
    }

    /// The fingerprint stands for the text without reading it: a changed body changes the aid's fingerprint.
    @Test func aChangedBodyChangesTheFingerprint() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let before = try #require(try await site.record().aid("pret"))
        try site.write(TestSite.aid + "\n\n## Pour qui\n\n" + Self.body + " Une phrase de plus.", to: "aides/pret.md")
        let after = try #require(try await site.record().aid("pret"))
        #expect(!after.description.isInline)
        #expect(HashingEncoder.fingerprint(of: after) != HashingEncoder.fingerprint(of: before))
    }

    /// A text that cannot be read back is counted, so that the build reports it instead of publishing it empty.
    @Test func aTextThatCannotBeReadBackIsCounted() throws {
        let texts = RenderedTexts(memo: nil)
        let offset = try #require(texts.spool.append(Array("Les PME du territoire.".utf8)))
        #expect(texts.string(.spool, at: offset + 4, count: 3) == "PME")
        #expect(texts.failedReads == 0)
        #expect(texts.string(.spool, at: offset + 1_000, count: 3) == "")
        #expect(texts.string(.memo, at: 0, count: 3) == "")
        #expect(texts.failedReads == 2)
    }

    /// The same site built with the last build's memo (texts read in its file), without any cache at all (texts in
    /// the build's temporary file), and checked without output: the same files, byte for byte, and no problem.
    @Test func withOrWithoutAMemoTheSiteIsTheSame() async throws {
        let project = try Project()
        defer { project.remove() }
        // Warnings from the Markdown, which check must still give word for word: it renders no HTML and no plain
        // text, and transforms only the texts of headings and links.
        try project.edit("Content/aides/aide-en-plus.md") {
            $0 + "\n#### Pour le détail : « le guide »!\n\nPour le détail, lisez [ici](https://example.org/guide/), puis [« plus »!](https://example.org/p).\n"
        }
        let first = await project.build()
        #expect(first.published)
        let memoBuild = project.root.appendingPathComponent("WithMemo").path
        let reused = await project.build(output: memoBuild)
        #expect(reused.published)
        let counts = try MarkdownMemoTests.counts(reused)
        #expect(counts.texts > 40 && counts.reused == counts.texts, "\(counts)")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".relais-cache"))
        let bare = project.root.appendingPathComponent("Bare").path
        #expect(await project.build(output: bare, cache: false).published)
        let expected = try IncrementalBuildTests.files(project.site).mapValues(\.bytes)
        #expect(try IncrementalBuildTests.files(memoBuild).mapValues(\.bytes) == expected)
        #expect(try IncrementalBuildTests.files(bare).mapValues(\.bytes) == expected)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".relais-cache"))
        let date = try #require(CalendarDate(iso: "2023-06-15"))
        let check = await BuildPipeline(options: BuildOptions(contentPath: project.content, templatesPath: project.templates,
                                                              outputPath: project.site, buildDate: date, writesOutput: false, usesCache: false)).run()
        #expect(!check.diagnostics.hasErrors, "\(check.diagnostics.map(\.formatted))")
        // Check keeps no rendered text (it shows none): its diagnostics, the Markdown's warnings among them, are
        // still the build's, word for word.
        #expect(first.diagnostics.contains { $0.step == .validate })
        #expect(check.diagnostics.map(\.formatted) == first.diagnostics.map(\.formatted))
    }
}

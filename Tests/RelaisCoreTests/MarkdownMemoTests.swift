import Foundation
@testable import RelaisCore
import Testing

/// `.relais-cache/markdown`: the texts of the last build are taken again when nothing they depend on changed, and
/// never when something did (a deleted link target, a damaged file).
@Suite("Markdown memo")
struct MarkdownMemoTests {
    typealias Project = IncrementalBuildTests.Project

    /// "… 41 textes Markdown repris de la génération précédente sur 42" from validate's progress line.
    static func counts(_ report: BuildReport) throws -> (reused: Int, texts: Int) {
        let summary = try #require(report.timings.first { $0.step == "validate" }?.summary)
        let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        // The open aids, the build date's three parts, then the two counts.
        try #require(numbers.count == 6, "\(summary)")
        return (numbers[4], numbers[5])
    }

    @Test func unchangedTextsAreTakenAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        let first = await project.build()
        #expect(first.published)
        #expect(try Self.counts(first).reused == 0)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let second = await project.build()
        #expect(second.published)
        let counts = try Self.counts(second)
        // Only the edited body is rendered again.
        #expect(counts.texts > 40 && counts.reused == counts.texts - 1, "\(counts)")
        #expect(try String(contentsOfFile: project.site + "/aides/alixio-emplois-cdi/index.html", encoding: .utf8).contains("embauchent durablement"))
    }

    /// A text's links are looked up while it is rendered: removing the file it links to renders every text again,
    /// and the link is reported broken, as a build without a cache reports it.
    @Test func aLinkToADeletedAidIsReportedAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        try project.edit("Content/aides/appui-rh-tpe-pme.md") {
            $0.replacingOccurrences(of: "signées sur le territoire.", with: "signées sur le territoire. Voir aussi [l’autre aide](../aides/aide-en-plus.md).")
        }
        #expect(await project.build().published)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Content/aides/aide-en-plus.md"))
        let report = await project.build()
        #expect(!report.published)
        #expect(report.diagnostics.contains { $0.location.file.hasSuffix("aides/appui-rh-tpe-pme.md") && $0.message.contains("aide-en-plus.md") },
                "\(report.diagnostics.map(\.formatted))")
    }

    /// The search weighs a text's headings above its body and takes them from the record, not from the HTML: a text
    /// taken again from the memo keeps them. Without the search's own cache every page is counted again, from the
    /// memo's texts: the index is the clean build's, byte for byte.
    @Test func theSearchReadsTheHeadingsOfTextsTakenAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".relais-cache/search"))
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let report = await project.build()
        #expect(report.published)
        let counts = try Self.counts(report)
        #expect(counts.reused == counts.texts - 1, "\(counts)")
        let clean = project.root.appendingPathComponent("Clean").path
        #expect(await project.build(output: clean, cache: false).published)
        let built = try IncrementalBuildTests.files(project.site).filter { $0.key.hasPrefix("recherche/index/") }
        let expected = try IncrementalBuildTests.files(clean).filter { $0.key.hasPrefix("recherche/index/") }
        #expect(expected.count > 10 && built.keys.sorted() == expected.keys.sorted())
        for (path, file) in expected { #expect(built[path]?.bytes == file.bytes, "\(path)") }
    }

    /// A memo damaged in the middle of an entry (or cut short) is not trusted for that entry: the site is the one a
    /// clean build makes.
    @Test(arguments: ["octets changés", "tronqué", "autre format"])
    func aDamagedMemoIsRenderedAgain(_ damage: String) async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let file = project.root.appendingPathComponent(".relais-cache/markdown")
        try Self.damage(file, damage, format: MarkdownMemo.format)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let report = await project.build()
        #expect(report.published)
        let counts = try Self.counts(report)
        #expect(counts.reused < counts.texts - 1, "\(damage): \(counts)")
        let clean = project.root.appendingPathComponent("Clean").path
        #expect(await project.build(output: clean, cache: false).published)
        let built = try IncrementalBuildTests.files(project.site), expected = try IncrementalBuildTests.files(clean)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, file) in expected { #expect(built[path]?.bytes == file.bytes, "\(damage): \(path)") }
    }
}

extension MarkdownMemoTests {
    /// Spoils a cache file: bytes changed here and there, cut in half, or another format line (`autre format`).
    static func damage(_ file: URL, _ damage: String, format: String) throws {
        var bytes = try Data(contentsOf: file)
        switch damage {
        case "octets changés":
            for offset in stride(from: bytes.count / 3, to: bytes.count, by: bytes.count / 7) { bytes[offset] ^= 0x20 }
        case "tronqué": bytes = bytes.prefix(bytes.count / 2)
        // The version number at the end of the format line, made 0: a format no Relais writes.
        default: bytes.replaceSubrange(0..<format.utf8.count, with: Data((format.dropLast(2) + "0\n").utf8))
        }
        try bytes.write(to: file)
    }

    /// The inode and size of the memo file.
    static func identity(_ project: Project) throws -> (inode: UInt64, size: Int) {
        var status = stat()
        try #require(lstat(project.root.appendingPathComponent(".relais-cache/markdown").path, &status) == 0)
        return (UInt64(status.st_ino), Int(status.st_size))
    }

    /// A one-text change appends the new text to the memo in place, instead of writing every text again; a change
    /// that leaves most entries unused (here a new base URL, in every text's key) writes a new, smaller file.
    @Test func aOneTextChangeAppendsAndAStaleMemoIsWrittenAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let before = try Self.identity(project)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        #expect(await project.build().published)
        let appended = try Self.identity(project)
        #expect(appended.inode == before.inode && appended.size > before.size, "\(before) → \(appended)")
        try project.edit("Content/site.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("baseUrl:") ? "baseUrl: https://autre.example.org/" : String($0) }.joined(separator: "\n")
        }
        let report = await project.build()
        #expect(report.published, "\(report.diagnostics.map(\.formatted))")
        #expect(try Self.counts(report).reused == 0)
        let rewritten = try Self.identity(project)
        #expect(rewritten.inode != appended.inode && rewritten.size < appended.size, "\(appended) → \(rewritten)")
        // And the file so written serves the next build whole.
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "embauchent durablement", with: "recrutent durablement") }
        let last = try Self.counts(await project.build())
        #expect(last.reused == last.texts - 1, "\(last)")
    }

    /// A named pipe put in the memo's place (a hostile checkout, a stray `mkfifo`) is not read: opening it for
    /// reading would wait for a writer forever. The limit is loose: in a full run the two builds share the cores
    /// with Chromium and Java for minutes; a hang never ends.
    @Test(.timeLimit(.minutes(5)))
    func aPipeInPlaceOfTheMemoIsNotRead() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let memo = project.root.appendingPathComponent(".relais-cache/markdown").path
        try FileManager.default.removeItem(atPath: memo)
        #expect(mkfifo(memo, 0o644) == 0)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let report = await project.build()
        #expect(report.published)
        #expect(try Self.counts(report).reused == 0)
    }
}

import Foundation
import Testing

/// Any content of up to 5 MB per file is built or refused within 10 s and 1 GB, whatever its shape: each
/// pathological shape runs through the built `relais` binary, under `ulimit -v` and a timeout, one at a time.
/// Not under a sanitizer (`make test-sanitizers`): its shadow memory alone exceeds the limit, and its slowness the time.
@Suite("Bounded time and memory", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["RELAIS_SANITIZER"] == nil, "measured without a sanitizer"))
struct BoundedResourceTests {
    static let seconds = 10.0
    static let memoryKilobytes = 1_048_576

    /// A shape: the files it adds to a minimal site.
    struct Shape: Sendable, CustomTestStringConvertible {
        let name: String
        let files: @Sendable () -> [String: String]
        var testDescription: String { name }
    }

    static let megabyte = 1_000_000

    static func repeated(_ unit: String, bytes: Int) -> String { String(repeating: unit, count: max(1, bytes / unit.utf8.count)) }
    static func page(body: String) -> [String: String] {
        ["pages/forme.md": "---\ntitle: Forme\ndateModified: 2022-12-05\n---\n" + body]
    }
    static func front(_ yaml: String) -> [String: String] { ["pages/forme.md": "---\n" + yaml + "\ndateModified: 2022-12-05\n---\n"] }
    /// Just under the Markdown limit (accepted sizes are the slow ones), and just under the file limit (refused fast).
    static let nearMarkdownLimit = 990_000, nearFileLimit = 4_990_000

    static let shapes: [Shape] = [
        Shape(name: "nested image and link openers, 1 MB") { page(body: repeated("![[]()", bytes: nearMarkdownLimit)) },
        Shape(name: "nested image and link openers, 5 MB") { page(body: repeated("![[]()", bytes: nearFileLimit)) },
        Shape(name: "99 image openers then links") { page(body: String(repeating: "![", count: 99) + repeated("[]()", bytes: nearMarkdownLimit)) },
        Shape(name: "open brackets") { page(body: repeated("[", bytes: nearMarkdownLimit)) },
        Shape(name: "emphasis runs") { page(body: repeated("*a_ **b", bytes: nearMarkdownLimit)) },
        Shape(name: "emphasis closers on lines") { page(body: repeated("a*\n", bytes: nearMarkdownLimit)) },
        Shape(name: "nested block quotes") { page(body: repeated(">", bytes: nearMarkdownLimit)) },
        Shape(name: "nested lists") { page(body: (0..<1_400).map { String(repeating: " ", count: $0 / 2 * 2) + "- a\n" }.joined()) },
        Shape(name: "backticks") { page(body: repeated("`a", bytes: nearMarkdownLimit)) },
        Shape(name: "inline HTML openers") { page(body: repeated("<a ", bytes: nearMarkdownLimit)) },
        Shape(name: "entities") { page(body: repeated("&#", bytes: nearMarkdownLimit)) },
        Shape(name: "links to missing files") { page(body: repeated("[a](absent.md) ", bytes: nearMarkdownLimit)) },
        Shape(name: "same heading many times") { page(body: repeated("# Titre\n", bytes: nearMarkdownLimit)) },
        Shape(name: "one long word") { page(body: repeated("a", bytes: nearMarkdownLimit)) },
        Shape(name: "French punctuation") { page(body: repeated("a ! b ? c : « d » ", bytes: nearMarkdownLimit)) },
        Shape(name: "link reference definitions") { page(body: (0..<40_000).map { "[r\($0)]: /x\($0)\n" }.joined()) },
        Shape(name: "YAML flow nesting") { front("title: Forme\nnav: " + repeated("[", bytes: nearFileLimit)) },
        Shape(name: "YAML flow nesting, closed") { front("title: Forme\nnav: " + repeated("[", bytes: 100_000) + repeated("]", bytes: 100_000)) },
        Shape(name: "YAML block nesting") { front("title: Forme\nnav:\n" + (0..<2_000).map { String(repeating: " ", count: $0 + 1) + "- a:\n" }.joined()) },
        Shape(name: "YAML long title") { front("title: " + repeated("a", bytes: nearFileLimit)) },
        Shape(name: "YAML many unknown keys") { front("title: Forme\n" + (0..<200_000).map { "cle\($0): x\n" }.joined()) },
        Shape(name: "YAML long list") { front("title: Forme\nsummary: [" + repeated("a, ", bytes: nearFileLimit) + "a]") },
        Shape(name: "YAML many keys, just under the header limit") { front("title: Forme\n" + (0..<90_000).map { "cle\($0): x\n" }.joined()) },
        // 5 MB of one organisation's unknown keys. (60 000 valid organisations are a site of that size, not a
        // hostile shape: about 12 s with the debug build, see docs/security.md.)
        Shape(name: "organisations.yaml of 5 MB") {
            ["organisations.yaml": "editeur:\n  name: Maison de l'emploi\n  kind: association\n  contacts:\n    accueil:\n      kind: service\n      name: Accueil\n      email: accueil@example.org\n"
                + (0..<330_000).map { "  cle\($0): x\n" }.joined()]
        },
        Shape(name: "YAML anchors") { front("title: Forme\n" + (0..<100_000).map { "a\($0): &a\($0) x\n" }.joined()) },
        Shape(name: "YAML deep quoted escapes") { front("title: \"" + repeated("\\u00e9", bytes: nearFileLimit) + "\"") },
        Shape(name: "CSV many rows") {
            ["bassins/essai.md": "---\nname: Bassin d'essai\nsummary: Un bassin.\nkind: localBasin\nindicators:\n  - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emplois.csv }\ndateModified: 2022-12-05\n---\n",
             "data/emplois.csv": "period,value,status\n" + (0..<300_000).map { "\(1_000 + $0 % 9_000),\($0),final\n" }.joined()]
        },
        Shape(name: "CSV one wide row") {
            ["bassins/essai.md": "---\nname: Bassin d'essai\nsummary: Un bassin.\nkind: localBasin\nindicators:\n  - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emplois.csv }\ndateModified: 2022-12-05\n---\n",
             "data/emplois.csv": "period,value,status\n" + repeated("1,", bytes: nearFileLimit) + "\n"]
        },
    ]

    @Test(arguments: shapes)
    func shapeIsBuiltOrRefusedInBoundedTimeAndMemory(_ shape: Shape) throws {
        let site = try MinimalSite(files: shape.files())
        defer { site.remove() }
        let run = try BoundedRun.relais(["build", "--content", site.content, "--templates", CommandTests.repository.appendingPathComponent("Templates").path,
                                         "--output", site.output, "--date", "2023-06-15"],
                                        in: site.root, seconds: Self.seconds, memoryKilobytes: Self.memoryKilobytes)
        #expect(!run.timedOut, "\(shape.name): still running after \(Self.seconds) s")
        #expect(run.status == 0 || run.status == 1, "\(shape.name): status \(run.status), \(run.standardError.suffix(400))")
        #expect(run.seconds < Self.seconds, "\(shape.name): \(run.seconds) s")
    }
}

import Foundation
@testable import RelaisCore
import Testing
import Yams

/// `YAMLSubset` reads front matter without Yams; wherever it answers, the tree, what the readers make of it and
/// their diagnostics are Yams's, and wherever it does not, Yams reads the text as before.
@Suite("YAML subset reader")
struct YAMLSubsetTests {
    /// The subset's answer on one text, checked against Yams's: nil when both agree (or the subset declined).
    static func disagreement(_ document: YAMLDocument) -> String? {
        guard let quick = YAMLSubset.compose(document.yaml) else { return nil }
        if let refused = YAMLEventCheck.firstRefused(in: document.yaml) {
            return "\(document.name): the subset read a text that the event check refuses (\(refused))"
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: document.yaml, ContentLoader.resolver, .default, .utf8)
        } catch {
            return "\(document.name): the subset read a text that Yams refuses: \(error)"
        }
        guard let composed else { return "\(document.name): the subset read a text that Yams finds empty" }
        let (mine, theirs) = (YAMLDocuments.outline(quick), YAMLDocuments.outline(composed))
        if mine != theirs { return "\(document.name):\n\(document.yaml)\n--- subset:\n\(mine)--- Yams:\n\(theirs)" }
        let (myReading, theirReading) = (YAMLDocuments.reading(quick, kind: document.kind, yaml: document.yaml),
                                         YAMLDocuments.reading(composed, kind: document.kind, yaml: document.yaml))
        if myReading != theirReading { return "\(document.name): readings differ\n--- subset:\n\(myReading)\n--- Yams:\n\(theirReading)" }
        return nil
    }

    @Test func everyFrontMatterOfTheExampleSiteAndTheFixturesReadsAsWithYams() {
        let seeds = YAMLDocuments.seeds
        #expect(seeds.count > 50)
        for document in seeds {
            if let problem = Self.disagreement(document) { Issue.record(Comment(rawValue: problem)) }
        }
    }

    /// The example site stays inside the subset: were it to leave it, loading would quietly go back to Yams.
    @Test func theExampleSiteIsReadWithoutYams() {
        let example = YAMLDocuments.seeds.filter { !$0.name.contains("/") || Self.exampleFolders.contains(String($0.name.prefix { $0 != "/" })) }
        #expect(example.count > 20)
        for document in example where !document.yaml.isEmpty {
            #expect(YAMLSubset.compose(document.yaml) != nil, "\(document.name) is read through Yams")
        }
    }

    private static let exampleFolders: Set<String> = Set(ContentKind.allCases.map(\.rawValue))

    @Test func mutatedDocumentsReadAsWithYams() {
        // RELAIS_YAML_MUTATIONS=200000 for a longer search by hand.
        let count = ProcessInfo.processInfo.environment["RELAIS_YAML_MUTATIONS"].flatMap { Int($0) } ?? 3_000
        let mutations = YAMLDocuments.mutations(count: count)
        var accepted = 0
        for document in mutations {
            if YAMLSubset.compose(document.yaml) != nil { accepted += 1 }
            if let problem = Self.disagreement(document) { Issue.record(Comment(rawValue: problem)) }
        }
        // Most edits leave valid YAML that the subset reads; the comparison means something only then.
        #expect(accepted > count / 4, "\(accepted) of \(mutations.count) mutations read by the subset")
    }

    /// Texts written to reach each branch of the subset: each is read by it, and as Yams reads it.
    @Test(arguments: YAMLDocuments.handWritten)
    func handWrittenTextsReadAsWithYams(yaml: String) {
        #expect(YAMLSubset.compose(yaml) != nil, "not read by the subset")
        if let problem = Self.disagreement(YAMLDocument(name: "case", kind: "aides", yaml: yaml)) { Issue.record(Comment(rawValue: problem)) }
    }

    /// Texts whose first lines settle a `|` text's indentation deeper than the lines after them: libyaml's rule,
    /// followed to the letter or left to Yams, the same either way.
    @Test(arguments: ["a: |\n    \n  x\n", "a: |\n   x\n  y\n", "a: >\n\n      \n  x\n", "- |\n\n     \n   x\n"])
    func blockTextIndentationAsWithYams(yaml: String) {
        if let problem = Self.disagreement(YAMLDocument(name: "case", kind: "aides", yaml: yaml)) { Issue.record(Comment(rawValue: problem)) }
    }

    /// The benchmark's guide (`make bench` writes it under `.build-bench/corpus/`), when `RELAIS_YAML_CORPUS` names
    /// its `Content/` folder: every file read by the subset, as Yams reads it. Too large to run by default.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["RELAIS_YAML_CORPUS"] != nil))
    func benchmarkCorpusReadsAsWithYams() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["RELAIS_YAML_CORPUS"])
        let documents = YAMLDocuments.documents(under: [folder])
        #expect(documents.count > 100)
        for document in documents {
            #expect(YAMLSubset.compose(document.yaml) != nil, "\(document.name) is read through Yams")
            if let problem = Self.disagreement(document) { Issue.record(Comment(rawValue: problem)) }
        }
    }

    /// The resolver is `Resolver.basic`: no implicit typing, every plain scalar is text, which the readers parse.
    @Test(arguments: ["yes", "no", "on", "off", "null", "~", "1e3", "0x10", "0o17", "2024-01-01", "12:30", "true", ".inf", ".5", "-5", "+1"])
    func plainScalarsAreTextAsWithTheResolver(value: String) throws {
        let yaml = "a: \(value)\n"
        let quick = try #require(YAMLSubset.compose(yaml)?.mapping?["a"])
        let composed = try #require(try Yams.compose(yaml: yaml, ContentLoader.resolver, .default, .utf8)?.mapping?["a"])
        #expect(quick.scalar?.string == value)
        #expect(quick.tag == composed.tag)
        #expect(quick.tag.rawValue == Tag.Name.str.rawValue)
        #expect(quick.isNull == composed.isNull)
    }

    /// What Relais refuses or libyaml reports is left to the path through Yams, whose messages and places are the
    /// ones the load tests check.
    @Test(arguments: [
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "a: 1\r\nb: 2\r\n", "a:\t1\n", "\u{FEFF}a: 1\n", "a: \"x\n",
        "a: 'x\n", "a: [x,\n  y]\n", "a: 1\n  b: 2\n", "a:\n    b: 1\n  c: 2\n", "a: x: y\n", "a: x\n  y\n", "? a\n: 1\n",
        "a: |2\n   x\n", "---\na: 1\n", "a: 1\n...\n", "a: [x, ]\n", "a: {x}\n", "a: {\"x\":1}\n", "- - x\n", "[a, b]: c\n",
        "a: \"\\q\"\n", "a: \"\\'\"\n", "a: \"\\ud800\"\n", "a: b\u{2028}c\n", "a: b\u{85}c\n", "a: \u{7F}\n", "a: -\n", "a: - b\n", "", "# only\n",
        "a: {b: 1, b: 2}\n", "a: [b #c]\n", "a: ?b\n", "a: :b\n", "a: @b\n", "a: %b\n", "a: `b\n", "a: 1\n  # deeper comment\n",
    ])
    func outsideTheSubsetGoesToYams(yaml: String) {
        #expect(YAMLSubset.compose(yaml) == nil)
    }
}

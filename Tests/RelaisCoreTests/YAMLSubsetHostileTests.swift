import Foundation
@testable import RelaisCore
import Testing

/// Hostile front matter: the subset reader stays linear, bounded in depth and in count, and hands what it will not
/// read to the path through Yams, which refuses it with a message.
@Suite("YAML subset reader, hostile input")
struct YAMLSubsetHostileTests {
    /// The subset's answer, and the time it took.
    private func timed(_ yaml: String) -> (read: Bool, seconds: Double) {
        let start = ContinuousClock.now
        let read = YAMLSubset.compose(yaml) != nil
        let elapsed = ContinuousClock.now - start
        return (read, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The load step's diagnostics for a front matter, through the whole parse (subset, then Yams).
    private func diagnostics(_ yaml: String) -> [Diagnostic] {
        let log = DiagnosticLog(step: .load)
        let loader = ContentLoader(root: "/nonexistent")
        _ = loader.parse("---\n" + yaml + "---\nTexte.\n", path: "Content/aides/x.md", id: "x", date: nil, kind: .aid, log: log) { r, _ in Aid(reading: r) }
        return log.entries
    }

    @Test func deepBracketsStopAtTheDepthLimit() {
        let deep = "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let (read, seconds) = timed(deep)
        #expect(!read)
        #expect(seconds < 5)
        #expect(diagnostics(deep).contains { $0.message.contains("imbriqués sur plus de") || $0.message.contains("trop profondément") })
    }

    @Test func deepIndentationStopsAtTheDepthLimit() {
        var yaml = ""
        for level in 0..<5_000 { yaml += String(repeating: " ", count: level) + "k:\n" }
        let (read, seconds) = timed(yaml)
        #expect(!read)
        #expect(seconds < 5)
    }

    @Test func aMegabyteLineIsReadInLinearTime() throws {
        let long = String(repeating: "mot ", count: 250_000)
        let (read, seconds) = timed("title: \(long)x\n")
        #expect(read)
        #expect(seconds < 5)
        let node = try #require(YAMLSubset.compose("title: \(long)x\n")?.mapping?["title"])
        #expect(node.scalar?.string.utf8.count == long.utf8.count + 1)
    }

    @Test func aMegabyteQuotedLineWithEscapesIsReadInLinearTime() throws {
        let yaml = "title: \"" + String(repeating: "\\u00e9 \\\"", count: 100_000) + "\"\n"
        let (read, seconds) = timed(yaml)
        #expect(read)
        #expect(seconds < 5)
    }

    /// Each value's column is counted on from the last one: a long line of values is not read quadratically.
    @Test func aLongFlowLineIsReadInLinearTime() {
        let yaml = "themes: [" + Array(repeating: "é-x", count: 50_000).joined(separator: ", ") + "]\n"
        let (read, seconds) = timed(yaml)
        #expect(read)
        #expect(seconds < 5)
    }

    @Test func tooManyValuesGoToTheEventCheck() {
        let yaml = "themes: [" + Array(repeating: "x", count: 150_000).joined(separator: ", ") + "]\n"
        let (read, seconds) = timed(yaml)
        #expect(!read)
        #expect(seconds < 5)
        #expect(diagnostics(yaml).contains { $0.message.contains("valeurs YAML") })
    }

    @Test func manyKeysAndALongTextAreReadInLinearTime() {
        let keys = (0..<40_000).map { "k\($0): v" }.joined(separator: "\n") + "\n"
        let text = "eligibility: |\n" + String(repeating: "  Une ligne de texte.\n\n", count: 100_000)
        for yaml in [keys, text] {
            let (read, seconds) = timed(yaml)
            #expect(read)
            #expect(seconds < 5)
        }
    }

    /// A key repeated far down a long mapping is found, and reported by Yams at the second occurrence.
    @Test func aRepeatedKeyAmongManyGoesToYams() {
        let yaml = (0..<5_000).map { "k\($0): v" }.joined(separator: "\n") + "\nk17: w\n"
        #expect(YAMLSubset.compose(yaml) == nil)
    }

    @Test(arguments: ["a: \"" + String(repeating: "x", count: 1_000_000), "a: [" + String(repeating: "x, ", count: 300_000),
                      "a: {" + String(repeating: "k: ", count: 300_000), String(repeating: "- ", count: 300_000) + "x\n",
                      String(repeating: " ", count: 1_000_000) + "a: 1\n", "a: |\n" + String(repeating: " ", count: 1_000_000) + "x\n",
                      String(repeating: "\n", count: 1_000_000) + "a: 1\n", "a: \"" + String(repeating: "\\", count: 999_999) + "\"\n"])
    func unfinishedOrOddHugeTextsEndQuickly(yaml: String) {
        let (_, seconds) = timed(yaml)
        #expect(seconds < 5)
    }
}

import Foundation
import RelaisCore
import Testing

/// Every bad input of `Tests/Fixtures/bad-inputs/` gets its one diagnostic (file, line, French message) and
/// fails the build without a crash; accepted shapes (BOM, CRLF, lone CR) build.
@Suite("Corpus of bad inputs")
struct BadInputCorpusTests {
    @Test(arguments: BadInputCase.all)
    func eachBadInputHasItsOneDiagnostic(_ badInput: BadInputCase) async throws {
        let site = try TestSite()
        defer { site.remove() }
        try badInput.apply(to: site.content)
        let report = await site.build(writes: false)
        let errors = report.diagnostics.filter { $0.severity == .error }
        let lines = site.lines(report).enumerated().filter { report.diagnostics[$0.offset].severity == .error }.map(\.element)
        guard let expected = badInput.expected else {
            #expect(lines == [], "\(badInput.name)")
            return
        }
        #expect(!report.succeeded)
        #expect(errors.count == 1, "\(badInput.name): \(lines)")
        let error = try #require(errors.first)
        #expect(error.location.file == site.content + "/" + expected.path, "\(badInput.name): \(lines)")
        #expect(error.location.line == expected.line, "\(badInput.name): \(lines)")
        #expect(error.message.contains(expected.fragment), "\(badInput.name): \(lines)")
        #expect(error.hint?.isEmpty == false, "\(badInput.name)")
    }

    /// One run reports every case whose files do not collide with another's: nothing stops at the first problem.
    /// Left out: cases that replace a whole folder, and the output path clash, found by the plan step, which runs
    /// only on content that loaded and resolved without error.
    @Test func allBadInputsAreReportedInOneRun() async throws {
        let site = try TestSite()
        defer { site.remove() }
        var used: Set<String> = [], applied: [BadInputCase] = []
        for badInput in BadInputCase.all where badInput.expected != nil && !badInput.replacesAFolder && badInput.name != "two-items-same-output-path" {
            let touched = Set(badInput.touchedPaths)
            guard used.isDisjoint(with: touched) else { continue }
            used.formUnion(touched)
            try badInput.apply(to: site.content)
            applied.append(badInput)
        }
        #expect(applied.count >= 30)
        let report = await site.build(writes: false)
        #expect(!report.succeeded)
        for badInput in applied {
            let expected = try #require(badInput.expected)
            #expect(report.diagnostics.contains { $0.location.file == site.content + "/" + expected.path && $0.location.line == expected.line
                && $0.message.contains(expected.fragment) }, "\(badInput.name)")
        }
    }
}

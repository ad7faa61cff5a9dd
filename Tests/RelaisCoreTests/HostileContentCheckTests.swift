import Foundation
@testable import RelaisCore
import Testing

/// The content checks against texts written to hurt them: long runs without spaces, many signs in a row.
@Suite("Content checks on hostile texts")
struct HostileContentCheckTests {
    /// `a!,a!,a!,…` without a space: each sign used to walk back over the whole run and keep it as its snippet,
    /// quadratic in time and in memory (60 kB of it held gigabytes). A run that long is no word: left alone.
    @Test func aLongRunWithoutSpacesIsNotOneSlipPerSign() {
        let run = String(repeating: "a!,", count: 3000)
        let slips = TypographySlip.find(in: "Début " + run + " fin.")
        #expect(slips.reduce(0) { $0 + $1.snippet.utf8.count } < 10 * run.utf8.count)
        // An ordinary word is still caught, however long the text around it.
        let words = TypographySlip.find(in: run + " Attention: " + run)
        #expect(words.map(\.snippet).contains("Attention:"))
    }

    /// `Caf&eacute;!` many times in one paragraph: each slip's snippet (`Café!`) is not written as is in the source, and
    /// each search for it read to the end of the paragraph, in the square of its length (20,000 of them took minutes).
    /// Timed against the same paragraph without the slips, so that a loaded machine slows both alike.
    @Test func slipsThatCannotBeFoundInTheSourceDoNotMakeTheCheckQuadratic() async throws {
        func check(_ body: String) async throws -> (Duration, [String]) {
            let site = try TestSite(["pages/essai.md": "---\ntitle: Essai\ndateModified: 2022-12-05\n---\n" + body + "\n"])
            defer { site.remove() }
            let start = ContinuousClock.now
            let report = await site.build(writes: false)
            return (ContinuousClock.now - start, site.lines(report).filter { $0.hasPrefix("pages/essai.md") })
        }
        let count = 8000
        let (plain, none) = try await check(String(repeating: "Caf&eacute;. ", count: count) + "Attention : fin.")
        let (slips, lines) = try await check(String(repeating: "Caf&eacute;! ", count: count) + "Attention: fin.")
        #expect(none.isEmpty)
        #expect(slips < plain * 4 + .seconds(1), "\(slips) against \(plain) without the slips")
        // The same slip where cmark puts the text (once: the same warning at the same place is reported once), and the
        // slip after them where it is written.
        #expect(lines.count == 2)
        #expect(lines.last == "pages/essai.md:5:\(count * 13 + 10): Il manque une espace avant « : » dans « Attention: ».")
    }
}

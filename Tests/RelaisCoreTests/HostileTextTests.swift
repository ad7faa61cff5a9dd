import Foundation
@testable import RelaisCore
import Testing

/// Inputs found by hostile testing: control characters and numbers too long to stay exact are refused at load,
/// where they are written.
@Suite("Hostile text")
struct HostileTextTests {
    @Test(arguments: [("\\0", "0000"), ("\\x08", "0008"), ("\\x0b", "000B"), ("\\x0c", "000C"), ("\\x7f", "007F"), ("\\x85", "0085")])
    func controlCharactersInFieldsAreRefused(_ escape: String, code: String) async throws {
        let aid = TestSite.aid.replacingLine(containing: "title:", with: "title: \"Prêt \(escape) emploi\"")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.published)
        #expect(site.lines(report).contains("aides/pret-emploi.md:2:8: « title » contient un caractère de contrôle invisible (U+\(code), caractère 6)."),
                "\(site.lines(report))")
    }

    @Test func controlCharacterInABodyIsRefusedAtItsLine() async throws {
        let aid = TestSite.aid + "\n\nDeuxième paragraphe avec un \u{1} caché."
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.published)
        #expect(site.lines(report).contains("aides/pret-emploi.md:19:29: Le texte contient un caractère de contrôle invisible (U+0001)."),
                "\(site.lines(report))")
    }

    @Test func amountsTooLongToStayExactAreRefused() async throws {
        let aid = TestSite.aid.replacingOccurrences(of: "amount: 15000,", with: "amount: 99999999999999999999999999999999999999999,")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(site.lines(report).contains { $0.hasPrefix("aides/pret-emploi.md:6:") && $0.contains("« financialComponents[1].amount » a 41 chiffres") }, "\(site.lines(report))")
        #expect(!report.succeeded)
    }
}

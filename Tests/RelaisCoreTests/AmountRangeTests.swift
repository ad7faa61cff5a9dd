import Foundation
@testable import RelaisCore
import Testing

/// Ranges of amounts, rates and durations said in plain French, and the figures that cannot be true refused
/// where they are written.
@Suite("Amount ranges")
struct AmountRangeTests {
    static let nb = "\u{00A0}", nnb = "\u{202F}"

    static func aid(types: String, component: String) -> String {
        TestSite.aid.replacingLine(containing: "aidTypes:", with: "aidTypes: [\(types)]")
            .replacingLine(containing: "- { kind: loan", with: "  - \(component)")
    }

    @Test(arguments: [
        ("honourLoan", "{ kind: honourLoan, minAmount: 3000, amount: 50000, interestRate: 0, minDurationMonths: 24, durationMonths: 60 }",
         "Prêt d’honneur à taux zéro de 3\(nnb)000\(nb)€ à 50\(nnb)000\(nb)€, sur 2 à 5 ans"),
        ("grant", "{ kind: grant, rateMin: 20, rateMax: 40, cap: 50000 }",
         "Subvention de 20\(nnb)% à 40\(nnb)% des dépenses, plafonnée à 50\(nnb)000\(nb)€"),
        ("grant", "{ kind: grant, rateMax: 40, cap: 50000, per: project }",
         "Subvention jusqu’à 40\(nnb)% des dépenses, plafonnée à 50\(nnb)000\(nb)€ par projet"),
        ("grant", "{ kind: grant, minAmount: 1000, cap: 10000 }", "Subvention de 1\(nnb)000\(nb)€ à 10\(nnb)000\(nb)€"),
        ("loan", "{ kind: loan, amount: 15000, minDurationMonths: 6, durationMonths: 18 }", "Prêt de 15\(nnb)000\(nb)€, sur 6 à 18 mois"),
        ("loan", "{ kind: loan, amount: 15000, minDurationMonths: 6, durationMonths: 60 }", "Prêt de 15\(nnb)000\(nb)€, sur 6 mois à 5 ans"),
        ("loan", "{ kind: loan, amount: 1500.50 }", "Prêt de 1\(nnb)500,50\(nb)€"),
    ])
    func rangesAreSaidInFrench(_ types: String, _ component: String, _ sentence: String) async throws {
        let site = try TestSite(["aides/pret-emploi.md": Self.aid(types: types, component: component)])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(page.section(headedBy: "montants")?.all("li").map(\.text) == [sentence])
        let json = try site.page("donnees/aides.json")
        #expect(json.contains("\"financialComponents\":[{"))
    }

    @Test(arguments: [
        ("{ kind: loan, amount: 0.004 }", "amount", "d'au moins 1 €"),
        ("{ kind: loan, amount: 100.555 }", "amount", "au centime près"),
        ("{ kind: loan, minAmount: 60000, amount: 50000 }", "minAmount", "dépasse le montant maximal"),
        ("{ kind: loan, minAmount: 60000, cap: 50000 }", "minAmount", "dépasse le montant plafond"),
        ("{ kind: loan, minAmount: 6000 }", "minAmount", "ni « amount » ni « cap »"),
        ("{ kind: loan, amount: 1000, rateMin: 50, rateMax: 40 }", "rateMin", "dépasse le taux maximal"),
        ("{ kind: loan, amount: 1000, rateMin: 20 }", "rateMin", "« rateMax » ne la ferme pas"),
        ("{ kind: loan, amount: 1000, minDurationMonths: 36, durationMonths: 24 }", "minDurationMonths", "dépasse la durée maximale"),
        ("{ kind: loan, amount: 1000, durationMonths: 601 }", "durationMonths", "plus de 50 ans"),
        ("{ kind: loan, amount: 1000, minDurationMonths: 12 }", "minDurationMonths", "« durationMonths » ne la ferme pas"),
    ])
    func impossibleFiguresAreRefusedWhereWritten(_ component: String, _ key: String, _ fragment: String) async throws {
        let site = try TestSite(["aides/pret-emploi.md": Self.aid(types: "loan", component: component)])
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.succeeded)
        let diagnostic = try #require(report.diagnostics.first { $0.message.contains(fragment) }, "\(report.diagnostics.map(\.message))")
        #expect(diagnostic.location.file.hasSuffix("aides/pret-emploi.md"))
        #expect(diagnostic.location.line == 6, "\(key)")
        #expect(diagnostic.hint?.isEmpty == false)
    }
}

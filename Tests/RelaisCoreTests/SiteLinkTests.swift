import Foundation
@testable import RelaisCore
import Testing

/// Links to site paths and to anchors of other pages are checked in the plan step, against every file the site
/// will have (pages and artifacts), before anything is rendered.
@Suite("Site links")
struct SiteLinkTests {
    static let page = "---\ntitle: À propos\ndateModified: 2022-12-05\n---\n"

    @Test func linksToPlannedFilesAndAnchorsPass() async throws {
        let body = Self.page + """
            Voir [les données](/donnees/aides.csv), [le flux](/atom.xml) et [les montants](../aides/pret-emploi.md#le-pret).

            Le [texte de l'aide](/aides/pret-emploi/#contenu), id que le gabarit écrit, et [le prêt](/aides/pret-emploi#le-pret).
            """
        let aid = TestSite.aid + "\n\n## Le prêt\n\nDétails.\n"
        let site = try TestSite(["pages/a-propos.md": body, "aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(report.diagnostics.isEmpty, "\(site.lines(report))")
    }

    @Test func missingPathsAndAnchorsAreReportedWhereTheyAreWritten() async throws {
        let body = Self.page + """
            Voir [les données](/donnees/aides.xls).

            Et [les montants](../aides/pret-emploi.md#montants-inconnus).
            """
        let site = try TestSite(["pages/a-propos.md": body])
        defer { site.remove() }
        let report = await site.build(writes: false)
        let lines = site.lines(report)
        #expect(lines.contains("pages/a-propos.md:5:6: Le lien « /donnees/aides.xls » ne mène à aucune page du site."))
        #expect(lines.contains("pages/a-propos.md:7:4: Le lien « /aides/pret-emploi/#montants-inconnus » mène à une ancre « #montants-inconnus » que la page n'a pas."))
        // The hint names the page's anchors, those its template writes among them.
        let anchorHint = report.diagnostics.first { $0.message.contains("#montants-inconnus") }?.hint ?? ""
        #expect(anchorHint.contains("aides-du-bassin"), "\(anchorHint)")
        #expect(report.diagnostics.allSatisfy { $0.step == .plan })
        // Nothing was rendered: the build stopped at plan.
        #expect(!report.timings.contains { $0.step == "render" })
    }
}

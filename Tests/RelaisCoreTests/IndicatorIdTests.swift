import Foundation
@testable import RelaisCore
import Testing

/// A page's ids are unique even when an author's headings read like the ids the page writes itself: an id used
/// twice breaks the links to it and the charts' `aria-labelledby`.
@Suite("Indicator ids")
struct IndicatorIdTests {
    @Test func bodyHeadingsNeverTakeTheIdsOfIndicatorsAndCharts() async throws {
        let project = try IncrementalBuildTests.Project()
        defer { project.remove() }
        let basin = "Content/bassins/bassin-minier-nord-pas-de-calais.md"
        let headings = ["Indicateurs", "Chiffres clés", "Indicateur financement SIAE", "Indicateur financement SIAE titre",
                        "Graphique financement SIAE", "Graphique financement SIAE titre", "Graphique deld cumul IAE motif estimate"]
        try project.write(try project.read(basin) + headings.map { "\n## \($0)\n\nTexte.\n" }.joined(), to: basin)
        let report = await project.build(cache: false)
        #expect(report.published, "\(report.diagnostics)")
        let page = try String(contentsOfFile: project.site + "/bassins/bassin-minier-nord-pas-de-calais/index.html", encoding: .utf8)
        let ids = page.matches(of: /\bid="([^"]+)"/).map { String($0.1) }
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(repeated)")
        #expect(ids.contains("graphique-financement-siae-titre") && ids.contains("indicateur-financement-siae-titre"))
    }
}

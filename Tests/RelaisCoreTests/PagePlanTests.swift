import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

@Suite("Page plan")
struct PagePlanTests {
    /// Every page names the content files it is made from, so that a later build can redo only what changed.
    @Test func everyPageHasAUniquePathAndNamedSources() async throws {
        let (content, loadDiagnostics) = await ContentLoader(root: Repository.content, displayRoot: "Content").load()
        #expect(loadDiagnostics.isEmpty)
        let loaded = try #require(content)
        let (graph, _) = SiteResolver(buildDate: CalendarDate(iso: "2023-06-15")!).resolve(loaded)
        let jobs = PagePlanner.plan(try #require(graph))
        #expect(Set(jobs.map(\.path)).count == jobs.count)
        for aid in loaded.aids {
            let job = try #require(jobs.first { $0.path == "/aides/\(aid.id)/" })
            #expect(job.sources.first == aid.path)
            #expect(job.template == "pages/aid")
        }
        let basinJob = try #require(jobs.first { $0.path == "/bassins/bassin-minier-nord-pas-de-calais/" })
        #expect(basinJob.sources.contains("Content/data/bassin-minier-financement-siae.csv"))
        let eventJob = try #require(jobs.first { $0.path == "/evenements/20-ans-revitalisation/" })
        #expect(eventJob.sources.contains("Content/programmes/revitalisation-bassins-emploi.md"))
    }
}

@Suite("Strict mode")
struct StrictModeTests {
    @Test func warningsFailTheBuildInStrictMode() async throws {
        let aid = TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil]\nmoreInfoUrl: http://example.org/aide")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let relaxed = await site.build()
        #expect(relaxed.succeeded && relaxed.warningCount == 1)
        let strict = await site.build(strict: true)
        #expect(!strict.succeeded && strict.errorCount == 1)
        #expect(strict.diagnostics.first?.message == "L'adresse « http://example.org/aide » n'est pas sécurisée (http).")
    }
}

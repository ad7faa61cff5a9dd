import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

@Suite("Page plan")
struct PagePlanTests {
    /// Every output has one path and names the parts of the record it is made from.
    @Test func everyOutputHasAUniquePathAndNamedInputs() async throws {
        let record = try await Repository.exampleRecord()
        let outputs = PlanStep.outputs(for: record)
        #expect(Set(outputs.map(\.path)).count == outputs.count)
        for aid in record.aids {
            let output = try #require(outputs.first { $0.path == "/aides/\(aid.id)/" })
            #expect(output.inputs.first == .item(.aid, aid.id))
            #expect(output.mediaType == .html)
            guard case .page(let template, _, _) = output.producer else { Issue.record("\(aid.id) n'est pas une page"); continue }
            #expect(template == "pages/aid")
        }
        let basin = try #require(record.basin("bassin-minier-nord-pas-de-calais"))
        let basinOutput = try #require(outputs.first { $0.path == basin.path })
        #expect(basin.dataFiles.count == 1 && basin.dataFiles[0].hasSuffix("Content/data/bassin-minier-financement-siae.csv"))
        for id in basin.aidIds { #expect(basinOutput.inputs.contains(.item(.aid, id))) }
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

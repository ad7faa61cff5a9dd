import Foundation
@testable import RelaisCore
import Testing

/// `/plan-du-site/` links every HTML page the build writes, found from the written files: the guide's lists (closed
/// aids, printed guide, one link per facet value with its count in words) as well as the items and free pages.
/// Not listed: the following pages of a paginated listing (`…/page/2/`, reached from the first), `404.html`.
@Suite("Site map page")
struct SiteMapPageTests {
    /// The site paths of the HTML pages under `output` that the site map must link.
    static func pagesToList(in output: String) -> Set<String> {
        Set(FileTree.list(output).files.filter { $0.hasSuffix(".html") && $0 != "404.html" }.compactMap { file -> String? in
            let path = "/" + String(file.dropLast("index.html".count))
            return path.contains("/page/") ? nil : path
        })
    }

    /// The link targets in the site map's `<main>`, as site paths.
    static func linked(in output: String) throws -> Set<String> {
        let html = try String(contentsOfFile: "\(output)/plan-du-site/index.html", encoding: .utf8)
        let main = try #require(try HTMLTree.parse(html).first("main"))
        return Set(main.all("a").compactMap { $0["href"] })
    }

    @Test func theExampleSiteMapListsEveryPage() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.succeeded)
        let pages = Self.pagesToList(in: output)
        #expect(pages.contains("/aides/type/pret/") && pages.contains("/aides/guide-complet/") && pages.count > 60)
        #expect(pages.subtracting(try Self.linked(in: output)).subtracting(["/plan-du-site/"]).sorted() == [])
    }

    @Test func closedAidsPaginatedListingsAndCountsInWords() async throws {
        // 51 open loans (two pages of the guide and of the loan type), one grant, one closed aid.
        var files: [String: String] = [:]
        for number in 1...51 {
            files["aides/pret-\(number).md"] = TestSite.aid.replacingLine(containing: "title:", with: "title: Prêt numéro \(number)")
        }
        files["aides/subvention.md"] = TestSite.aid.replacingLine(containing: "title:", with: "title: Subvention seule")
            .replacingLine(containing: "aidTypes:", with: "aidTypes: [grant]").removingLine(containing: "- { kind: loan")
            .replacingLine(containing: "financialComponents:", with: "")
        files["aides/ancienne.md"] = TestSite.aid.replacingLine(containing: "title:", with: "title: Aide ancienne")
            .replacingLine(containing: "closingDate:", with: "closingDate: 2023-01-31")
        let site = try TestSite(files)
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        let pages = Self.pagesToList(in: site.output)
        #expect(FileManager.default.fileExists(atPath: "\(site.output)/aides/page/2/index.html"))
        #expect(FileManager.default.fileExists(atPath: "\(site.output)/aides/type/pret/page/2/index.html"))
        #expect(pages.isSuperset(of: ["/aides/cloturees/", "/aides/type/pret/", "/aides/type/subvention/", "/aides/statut/ouverte/", "/accessibilite/"]))
        #expect(pages.subtracting(try Self.linked(in: site.output)).subtracting(["/plan-du-site/"]).sorted() == [])

        let html = try site.page("plan-du-site/index.html")
        #expect(html.contains("<a href=\"/aides/type/pret/\">Prêt (52 aides)</a>"))
        #expect(html.contains("<a href=\"/aides/type/subvention/\">Subvention (1 aide)</a>"))
        #expect(html.contains("<a href=\"/aides/cloturees/\">Aides clôturées (1 aide)</a>"))
        #expect(html.contains("<h3>Type d’aide</h3>") && html.contains("<h3>Territoire</h3>"))
    }
}

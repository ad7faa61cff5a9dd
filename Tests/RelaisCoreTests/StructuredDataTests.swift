import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// What `read_jsonld.py` (extruct, and json.loads in strict mode) reads from one page.
struct ReadPageJSONLD: Decodable {
    let items: [JSONValue]
    let strict: [JSONValue]
    let strictErrors: [String]
    let blockCount: Int
    let scriptCloseCount: Int

    func item(_ type: String) -> JSONValue? { items.first { $0.type == type } }
}

/// The schema.org data of the pages, extracted with extruct as a search engine would.
@Suite("Structured data")
struct StructuredDataTests {
    private func read(_ output: String, _ pages: [String] = []) throws -> [String: ReadPageJSONLD] {
        try PythonReader.read([String: ReadPageJSONLD].self, script: "read_jsonld.py", [output] + pages)
    }

    @Test func everyBlockOfTheExampleSiteIsStrictJSONAndDetailPagesHaveTheirTrail() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let pages = try read(output)
        #expect(pages.count >= 30)
        for (path, page) in pages {
            #expect(page.strictErrors == [], "\(path)")
            #expect(page.blockCount == page.scriptCloseCount, "\(path): one </script> per block")
            #expect(page.strict == page.items, "\(path): extruct and strict JSON agree")
            for item in page.items {
                #expect(item["@context"]?.string == "https://schema.org" && item.type != nil, "\(path)")
            }
            // A grant already awarded is not what a scheme is.
            #expect(!page.items.contains { $0.type == "MonetaryGrant" }, "\(path)")
            guard path != "index.html", path != "404.html" else { continue }
            let trail = try #require(page.item("BreadcrumbList"), "\(path) has a BreadcrumbList")
            let items = trail["itemListElement"]?.list ?? []
            #expect(items.first?["item"]?.string == "https://guide-aides.example.org/" && items.first?["name"]?.string == "Accueil", "\(path)")
            #expect(items.map { $0["position"]?.number } == (1...items.count).map { Double($0) }, "\(path)")
            // The page itself closes the trail, at its canonical URL.
            let canonical = "https://guide-aides.example.org/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            #expect(items.last?["item"]?.string == canonical, "\(path)")
        }
        let event = try #require(pages["evenements/20-ans-revitalisation/index.html"]?.item("BreadcrumbList"))
        #expect(event["itemListElement"]?.list.map { $0["item"]?.string ?? "" } == [
            "https://guide-aides.example.org/", "https://guide-aides.example.org/evenements/",
            "https://guide-aides.example.org/evenements/20-ans-revitalisation/",
        ])
        #expect(pages["404.html"]?.items == [])
    }

    @Test func homePageDescribesTheWebSite() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let home = try #require(try read(output, ["index.html"])["index.html"])
        let site = try #require(home.item("WebSite"))
        #expect(site["name"]?.string == "Guide des aides à l’emploi et au développement économique")
        #expect(site["url"]?.string == "https://guide-aides.example.org/")
        #expect(site["inLanguage"]?.string == "fr")
        #expect(site["description"]?.string?.hasPrefix("Les aides aux entreprises") == true)
        #expect(site["publisher"]?["name"]?.string == "Maison de l’emploi du territoire")
        #expect(home.item("BreadcrumbList") == nil)
    }

    @Test func anAidIsAGovernmentServiceWithItsLoan() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let path = "aides/alixio-emplois-cdi/index.html"
        let page = try #require(try read(output, [path])[path])
        let service = try #require(page.item("GovernmentService"))
        #expect(service["name"]?.string == "Prêt et subvention pour créer des emplois en CDI dans le Val-de-Marne et l’Essonne")
        #expect(service["description"]?.string == "Financez votre besoin en fonds de roulement quand vous créez au moins trois CDI.")
        #expect(service["url"]?.string == "https://guide-aides.example.org/aides/alixio-emplois-cdi/")
        #expect(service["serviceOperator"]?.list.map { $0["name"]?.string } == ["Alixio"])
        #expect(service["provider"]?.list.isEmpty == false)
        #expect(service["areaServed"]?.list.map { $0["identifier"]?.string } == ["DEP-94", "DEP-91"])
        #expect(service["areaServed"]?.list.allSatisfy { $0.type == "AdministrativeArea" && $0["name"]?.string != nil } == true)
        #expect(service["audience"]?.list.map { $0["audienceType"]?.string } == ["Entreprises"])
        // One offer per loan part; the two grants are not loans.
        let offers = service["offers"]?.list ?? []
        #expect(offers.count == 1)
        let loan = try #require(offers.first?["itemOffered"])
        #expect(loan.type == "LoanOrCredit")
        #expect(loan["amount"]?.type == "MonetaryAmount")
        #expect(loan["amount"]?["value"]?.number == 15_000 && loan["amount"]?["currency"]?.string == "EUR")
        #expect(loan["interestRate"]?.number == 0)
        #expect(loan["loanTerm"]?["value"]?.number == 60 && loan["loanTerm"]?["unitCode"]?.string == "MON")
        #expect(service["availableChannel"] == nil, "this aid has no application URL")
    }

    @Test func theExampleEventCarriesItsPlaceProgrammeAndWinterOffset() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let path = "evenements/20-ans-revitalisation/index.html"
        let page = try #require(try read(output, [path])[path])
        let event = try #require(page.item("Event"))
        #expect(event["name"]?.string == "Les 20 ans de la revitalisation des bassins d’emploi")
        #expect(event["startDate"]?.string == "2022-12-01T13:30:00+01:00")
        #expect(event["endDate"]?.string == "2022-12-01T18:00:00+01:00")
        #expect(event["eventStatus"]?.string == "https://schema.org/EventScheduled")
        #expect(event["eventAttendanceMode"]?.string == "https://schema.org/OfflineEventAttendanceMode")
        let place = try #require(event["location"]?.list.first)
        #expect(place.type == "Place" && place["name"]?.string == "Ministère des Solidarités et de la Santé")
        let address = try #require(place["address"])
        #expect(address.type == "PostalAddress")
        #expect(address["streetAddress"]?.string == "14 avenue Duquesne" && address["postalCode"]?.string == "75007")
        #expect(address["addressLocality"]?.string == "Paris" && address["addressCountry"]?.string == "FR")
        #expect(event["organizer"]?.list.map { $0["name"]?.string ?? "" } == [
            "Ministère du Travail, du Plein emploi et de l’Insertion", "Délégation générale à l’emploi et à la formation professionnelle",
        ])
        // Free registration; the day is past on the build date.
        let offer = try #require(event["offers"]?.list.first)
        #expect(offer["price"]?.number == 0 && offer["priceCurrency"]?.string == "EUR")
        #expect(offer["availability"]?.string == "https://schema.org/Discontinued")
        #expect(offer["url"]?.string == "https://guide-aides.example.org/evenements/20-ans-revitalisation/")
        let items = event["subEvent"]?.list ?? []
        #expect(items.count == 5)
        #expect(items.first?["startDate"]?.string == "2022-12-01T13:30:00+01:00" && items.first?["endDate"]?.string == "2022-12-01T14:00:00+01:00")
        let performers = items.flatMap { $0["performer"]?.list ?? [] }
        #expect(performers.map { $0["name"]?.string ?? "" } == ["Olivier Dussopt", "Bruno Lucas"])
        #expect(performers.allSatisfy { $0.type == "Person" })
        #expect(performers.first?["jobTitle"]?.string == "ministre du Travail, du Plein emploi et de l’Insertion")
        #expect(performers.last?["affiliation"]?["name"]?.string == "Délégation générale à l’emploi et à la formation professionnelle")
    }

    /// Breadcrumb links in pages carry the base path; the trail's items are absolute URLs under it, once.
    @Test func trailsUnderABasePathAreAbsolute() async throws {
        let siteYAML = try #require(TestSite.minimal["site.yaml"]).replacingLine(containing: "baseUrl:", with: "baseUrl: https://guide.example.org/asso/")
        let site = try TestSite(["site.yaml": siteYAML])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let path = "aides/pret-emploi/index.html"
        let trail = try #require(try read(site.output, [path])[path]?.item("BreadcrumbList"))
        #expect(trail["itemListElement"]?.list.map { $0["item"]?.string ?? "" } == [
            "https://guide.example.org/asso/", "https://guide.example.org/asso/aides/", "https://guide.example.org/asso/aides/pret-emploi/",
        ])
        #expect(try site.page(path).contains("<a href=\"/asso/aides/\">Aides</a>"))
    }

    /// Fixtures: a summer event, a cancelled mixed one, and an aid and an event whose texts try to end the block.
    static let trap = "</script><script>alert(1)</script> <!-- x"

    @Test func summerDatesCancelledMixedEventsAndHostileTextStayInTheirBlock() async throws {
        var files = CalendarTests.files
        let aidTitle = "Prêt \(Self.trap) & co"
        files["aides/piege.md"] = TestSite.aid.replacingLine(containing: "title:", with: "title: \"Prêt </script><script>alert(1)</script> <!-- x & co\"")
            .replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil]\napplicationUrl: https://example.org/deposer")
        let site = try TestSite(files)
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        let pages = try read(site.output)
        for (path, page) in pages {
            #expect(page.strictErrors == [], "\(path)")
            #expect(page.blockCount == page.scriptCloseCount, "\(path): one </script> per block")
            #expect(page.strict == page.items, "\(path)")
        }
        let summer = try #require(pages["evenements/ete/index.html"]?.item("Event"))
        #expect(summer["startDate"]?.string == "2027-06-10T13:30:00+02:00" && summer["endDate"]?.string == "2027-06-10T16:00:00+02:00")
        #expect(summer["location"]?.list.map(\.type) == ["VirtualLocation"])
        #expect(summer["location"]?.list.first?["url"]?.string == "https://example.org/visio")
        #expect(summer["eventAttendanceMode"]?.string == "https://schema.org/OnlineEventAttendanceMode")
        #expect(pages["evenements/hiver/index.html"]?.item("Event")?["startDate"]?.string == "2022-12-01T13:30:00+01:00")
        #expect(pages["evenements/miquelon/index.html"]?.item("Event")?["startDate"]?.string == "2027-07-01T10:00:00-02:00")

        let cancelled = try #require(pages["evenements/annule/index.html"]?.item("Event"))
        #expect(cancelled["eventStatus"]?.string == "https://schema.org/EventCancelled")
        #expect(cancelled["eventAttendanceMode"]?.string == "https://schema.org/MixedEventAttendanceMode")
        #expect(cancelled["location"]?.list.map(\.type) == ["Place", "VirtualLocation"])

        // The hostile texts decode back to exactly what the content says.
        let trapEvent = try #require(pages["evenements/piege/index.html"]?.item("Event"))
        #expect(trapEvent["name"]?.string == CalendarTests.trapTitle)
        #expect(trapEvent["description"]?.string == CalendarTests.trapSummary)
        #expect(trapEvent["location"]?.list.first?["name"]?.string == CalendarTests.trapVenue)
        let trapPage = try site.page("evenements/piege/index.html")
        #expect(trapPage.components(separatedBy: "</script>").count - 1 == 2, "the Event block and the trail, nothing else")
        let service = try #require(pages["aides/piege/index.html"]?.item("GovernmentService"))
        #expect(service["name"]?.string == aidTitle)
        #expect(service["availableChannel"]?["serviceUrl"]?.string == "https://example.org/deposer")
        let trail = try #require(pages["aides/piege/index.html"]?.item("BreadcrumbList"))
        #expect(trail["itemListElement"]?.list.last?["name"]?.string == aidTitle)
        let aidPage = try site.page("aides/piege/index.html")
        #expect(!aidPage.contains("<script>alert"))
    }
}

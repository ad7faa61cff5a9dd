import Foundation
import RelaisCore
import RelaisFrench
import Testing

/// The example site built from `Content/`: a few facts from each source page, checked on the real pages.
@Suite("Example site")
struct ExampleSiteTests {
    let nb = Space.noBreak, nnb = Space.narrow

    @Test func buildsWithoutDiagnostics() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.diagnostics.map(\.formatted) == [])
        #expect(report.published)
        for path in ["index.html", "404.html", "aides/index.html", "evenements/index.html", "bassins/index.html",
                     "programmes/index.html", "actualites/index.html", "contacts/index.html", "plan-du-site/index.html",
                     "accessibilite/index.html", "mentions-legales/index.html", "recherche/index.html"] {
            #expect(FileManager.default.fileExists(atPath: "\(output)/\(path)"), "\(path)")
        }
    }

    @Test func everyPageHasTheSameSoundStructure() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let pages = FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(pages.count >= 30)
        var titles: Set<String> = []
        for path in pages {
            let html = try String(contentsOfFile: "\(output)/\(path)", encoding: .utf8)
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"fr\">"), "\(path)")
            let document = try HTMLTree.parse(html)
            #expect(document.all("h1").count == 1, "\(path) has one h1")
            #expect(document.all("main").count == 1 && document.first("main")?["id"] == "contenu", "\(path)")
            #expect(document.first("body")?.first("a")?["href"] == "#contenu", "\(path): the skip link comes first")
            let title = document.first("title")?.text ?? ""
            #expect(!title.isEmpty && titles.insert(title).inserted, "\(path): unique title «\(title)»")
            #expect(document.all { $0.name == "meta" && $0["name"] == "description" }.count == 1, "\(path)")
            // Ids are unique: a nil field must not pull the enclosing page's value into a nested section.
            let ids = document.all { $0["id"] != nil }.compactMap { $0["id"] }
            #expect(Set(ids).count == ids.count, "\(path): duplicate ids \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
            // Headings never skip a level going down.
            let levels = document.all { ["h1", "h2", "h3", "h4", "h5", "h6"].contains($0.name) }.compactMap { Int($0.name.dropFirst()) }
            for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1, "\(path): h\(previous) then h\(next)") }
            // Every internal link points at a page or file of the site.
            for link in document.all("a").compactMap({ $0["href"] }) where link.hasPrefix("/") {
                let target = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let exists = FileManager.default.fileExists(atPath: "\(output)/\(SiteURLs.outputFile(for: target))")
                #expect(exists, "\(path) → \(link)")
            }
        }
    }

    /// French typography holds for every text of every page: templates' own words as well as the content's.
    @Test func everyTextOfEveryPageFollowsFrenchTypography() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let pages = FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        for path in pages {
            let document = try HTMLTree.parse(try String(contentsOfFile: "\(output)/\(path)", encoding: .utf8))
            for text in document.first("body")?.textNodes(excluding: ["code", "pre", "script", "style"]) ?? [] {
                #expect(FrenchTypography.apply(text) == text, "\(path): «\(text)»")
            }
        }
    }

    @Test func aidPageSpellsAmountsAndStatusInFrench() async throws {
        let page = try await ExampleSite.shared.page("/aides/alixio-emplois-cdi/")
        let amounts = page.section(headedBy: "montants")?.all("li").map(\.text) ?? []
        #expect(amounts.first?.hasPrefix("Prêt à taux zéro de 15\(nnb)000\(nb)€ par emploi créé, plafonné à 225\(nnb)000\(nb)€, sur 5 ans") == true)
        #expect(amounts.contains { $0.hasPrefix("Subvention de 5\(nnb)000\(nb)€ par emploi créé, plafonnée à 25\(nnb)000\(nb)€") })
        #expect(amounts.contains { $0.hasPrefix("Subvention d’au plus 15\(nnb)000\(nb)€ — Essonne (91)") })
        let status = page.withClass("status").first
        #expect(status?.text == "Ouverte · Jusqu’au 31 décembre 2023")
        #expect(status?.first("time")?["datetime"] == "2023-12-31")
        let phone = page.all("a").first { ($0["href"] ?? "").hasPrefix("tel:") }
        #expect(phone?["href"] == "tel:+33199000141")
        #expect(phone?.text == "01\(nb)99\(nb)00\(nb)01\(nb)41")
        #expect(page.text.contains("au moins 3 créations nettes d’emploi en CDI dans les 2 ans"))
    }

    @Test func consultancyAidGivesItsDaysAndCap() async throws {
        let page = try await ExampleSite.shared.page("/aides/katalyse-pmi-val-de-marne/")
        #expect(page.text.contains("60\(nnb)000\(nb)€"))
        #expect(page.text.contains("10 jours") || page.text.contains("dix jours"))
    }

    @Test func eventPageGivesDateTimesPlaceAndProgramme() async throws {
        let page = try await ExampleSite.shared.page("/evenements/20-ans-revitalisation/")
        let facts = page.withClass("facts").first?.text ?? ""
        #expect(facts.contains("jeudi 1er décembre 2022, de 13\(nb)h\(nb)30 à 18\(nb)h"))
        #expect(page.withClass("facts").first?.first("sup")?.text == "er")
        #expect(facts.contains("14 avenue Duquesne") && facts.contains("75007 Paris"))
        #expect(page.section(headedBy: "inscription")?.text.contains("Inscription obligatoire") == true)
        let table = try #require(page.first("table"))
        #expect(table.first("caption")?.text == "Programme du 1er décembre 2022")
        #expect(table.first("thead")?.all("th").allSatisfy { $0["scope"] == "col" } == true)
        let rows = table.first("tbody")?.all("tr") ?? []
        #expect(rows.count >= 5)
        #expect(rows.allSatisfy { $0.first("th")?["scope"] == "row" })
        #expect(rows.filter { $0.text.contains("Table ronde") }.count == 2)
        #expect(rows.contains { $0.text.contains("Olivier Dussopt") })
        #expect(rows.contains { $0.text.contains("Bruno Lucas") })
        // Past on 15 June 2023, and said so in words.
        #expect(page.text.contains("Événement passé"))
    }

    @Test func miningBasinDashboardGivesItsKeyFigures() async throws {
        let page = try await ExampleSite.shared.page("/bassins/bassin-minier-nord-pas-de-calais/")
        let figures = page.withClass("figure").map(\.text)
        #expect(figures.contains { $0.hasPrefix("4,5\(nb)M€") })
        #expect(figures.contains { $0.hasPrefix("32\(nb)M€") })
        #expect(figures.contains { $0.hasPrefix("450") })
        #expect(figures.contains { $0.hasPrefix("3\(nnb)000 contrats") && $0.contains("25\(nnb)%") })
        let territories = page.section(headedBy: "territoires")?.withClass("tag").map(\.text) ?? []
        for name in ["Béthune-Bruay", "Lens-Hénin", "Douaisis", "Valenciennois"] {
            #expect(territories.contains { $0.contains(name) }, "\(name)")
        }
        let tables = page.all("table")
        #expect(tables.count >= 2)
        #expect(tables.allSatisfy { $0.first("caption") != nil })
        let csvTable = tables.first { $0.text.contains("36,5\(nb)M€") }
        #expect(csvTable != nil, "the series read from data/bassin-minier-financement-siae.csv")
    }

    @Test func grandOrlyBasinListsItsRevitalisationFunds() async throws {
        let page = try await ExampleSite.shared.page("/bassins/grand-orly-seine-bievre/")
        let aidLinks = page.withClass("card--aid").compactMap { $0.first("a")?["href"] }
        #expect(aidLinks.contains("/aides/alixio-emplois-cdi/"))
        #expect(aidLinks.contains("/aides/katalyse-pmi-val-de-marne/"))
        // Matched through the communes of its sub-territories.
        #expect(aidLinks.contains("/aides/plie-180-jours-btp/"))
        #expect(aidLinks.contains("/aides/pepinieres-silver-innov-la-fabrique/"))
        let appui = try #require(page.withClass("card--aid").first { $0.first("a")?["href"] == "/aides/appui-rh-tpe-pme/" })
        #expect(appui.text.contains("Territoire Établissement public territorial Grand-Orly Seine Bièvre"))
        for action in ["Silver Innov", "La Fabrique", "Reboost", "180 jours"] {
            #expect(page.text.contains(action), "\(action)")
        }
    }

    @Test func creerProgrammeGivesBudgetAxesWorkstreamsGovernanceAndCounting() async throws {
        let page = try await ExampleSite.shared.page("/programmes/creer/")
        #expect(page.first("h1")?.text.contains("(CREER)") == true)
        let budget = page.section(headedBy: "budget")
        #expect(budget?.all("dt").map(\.text) == ["Budget annuel", "Durée", "Précision"])
        #expect(budget?.all("dd").map(\.text).prefix(2) == ["100 millions d’euros par an", "4 ans"])
        #expect(budget?.all("dd").last?.text.contains("fonds d’expérimentation pour l’emploi doté de 5 millions d’euros") == true)
        #expect(page.text.contains("10\(nnb)000"))
        #expect(page.text.contains("31\(nnb)500") || page.text.contains("31 500"))
        #expect(page.text.contains("5 millions d’euros") || page.text.contains("5\(nb)M€") || page.text.contains("5 M€"))
        #expect(page.section(headedBy: "axes")?.all("h3").count == 3)
        #expect(page.byID("chantiers") != nil)
        let workstreams = page.section(headedBy: "chantiers")?.first("ol")?.all("li") ?? []
        #expect(workstreams.count == 7)
        for body in ["Assises", "comité de pilotage", "commissions"] {
            #expect(page.text.localizedCaseInsensitiveContains(body), "\(body)")
        }
        let counting = page.section(headedBy: "comptage")?.text ?? ""
        #expect(counting.localizedCaseInsensitiveContains("soutenus"))
    }

    @Test func transitionsCollectivesListsPilotTerritoriesAndTheSixAxes() async throws {
        let page = try await ExampleSite.shared.page("/programmes/transitions-collectives/")
        let pilots = page.section(headedBy: "territoires-pilotes")
        let names = pilots?.first("tbody")?.all("tr").compactMap { $0.first("th")?.text } ?? []
        #expect(names.count >= 5)
        #expect(names.contains { $0.contains("Grand Chalon") })
        #expect(pilots?.text.contains("UIMM Franche-Comté") == true)
        #expect(page.text.contains("500 millions d’euros"))
        for axis in ["secteurs", "emplois à pourvoir", "dispositifs", "entretiens", "entreprises", "temps collectifs"] {
            #expect(page.text.contains(axis), "\(axis)")
        }
    }

    @Test func revitalisationProgrammeGivesTheLaw() async throws {
        let page = try await ExampleSite.shared.page("/programmes/revitalisation-bassins-emploi/")
        #expect(page.text.contains("17 janvier 2002"))
        #expect(page.text.contains("1\(nnb)000 salariés") || page.text.contains("1 000 salariés"))
    }

    @Test func aidListSeparatesOpenAndClosedAids() async throws {
        let page = try await ExampleSite.shared.page("/aides/")
        #expect(page.byID("resultats")?.text == "9 aides")
        #expect(page.withClass("card--aid").count == 9)
        #expect(page.withClass("status--closed").isEmpty)
    }

    /// The Grand-Orly Seine Bièvre page shows the aids of its revitalisation programme first, its two funds
    /// with amounts at their head, then the other aids by type.
    @Test func basinPageShowsItsRevitalisationFundsFirst() async throws {
        let page = try await ExampleSite.shared.page("/bassins/grand-orly-seine-bievre/")
        let section = try #require(page.section(headedBy: "aides-du-bassin"))
        #expect(section.all("h3").first?.text.hasPrefix("Financées par le programme du bassin") == true)
        let links = section.withClass("card__title").compactMap { $0.first("a")?["href"] }
        #expect(Set(links.prefix(2)) == ["/aides/katalyse-pmi-val-de-marne/", "/aides/alixio-emplois-cdi/"])
    }

    /// An aid's page sums it up in a table (caption, row headers) and ends with up to four related aids.
    @Test func aidPageHasASummaryTableAndRelatedAids() async throws {
        let page = try await ExampleSite.shared.page("/aides/alixio-emplois-cdi/")
        let table = try #require(page.withClass("facts").first)
        #expect(table.name == "table" && table.first("caption")?.text == "L’aide en bref")
        let headers = table.all("th").map(\.text)
        #expect(table.all("th").allSatisfy { $0["scope"] == "row" })
        #expect(["Type d’aide", "Montants", "Pour qui", "Territoire", "Porteurs", "Mise à jour"].allSatisfy(headers.contains))
        let related = try #require(page.section(headedBy: "aides-proches"))
        let links = related.withClass("card__title").compactMap { $0.first("a")?["href"] }
        #expect((1...4).contains(links.count) && !links.contains("/aides/alixio-emplois-cdi/"))
        #expect(Set(links).count == links.count)
    }

    @Test func contactsDirectoryListsOrganisationsAndTheirAids() async throws {
        let page = try await ExampleSite.shared.page("/contacts/")
        let alixio = try #require(page.byID("organisation--alixio"))
        #expect(alixio.all("a").contains { $0["href"] == "/aides/alixio-emplois-cdi/" })
        #expect(!page.text.contains("Hespel") && !page.text.contains("Blard"))
    }

    @Test func homeShowsFiguresEventsBasinsAndNews() async throws {
        let page = try await ExampleSite.shared.page("/")
        #expect(page.withClass("figure").count == 4)
        #expect(page.withClass("card--basin").count == 2)
        #expect(page.withClass("card--news").count == 3)
    }
}

@Suite("Templates and view models")
struct TemplateContextTests {
    /// An axis without a description must not show the programme's own description (Mustache's stack lookup).
    @Test func absentFieldDoesNotFallBackToTheEnclosingPage() async throws {
        let programme = """
            ---
            name: Programme d'essai
            summary: Un programme pour les tests.
            kind: plan
            period: { start: 2020 }
            pilots: [editeur]
            territories: [DEP-94]
            axes:
              - { title: Premier axe }
              - { title: Second axe, description: Un axe décrit. }
            pilotTerritories:
              - { territory: Créteil, projectCarriers: [editeur] }
            dateModified: 2022-12-05
            ---
            ## Présentation

            Le texte du programme.
            """
        let site = try TestSite(["programmes/essai.md": programme])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded)
        let page = try HTMLTree.parse(try site.page("programmes/essai/index.html"))
        let axes = page.withClass("axes").first?.all("li") ?? []
        #expect(axes.count == 2)
        #expect(axes[0].text == "Premier axe")
        #expect(axes[1].text == "Second axe Un axe décrit.")
        let pilot = page.section(headedBy: "territoires-pilotes")
        #expect(pilot?.first("tbody")?.all("td").map(\.text) == ["Maison de l’emploi", "—", "—"], "no summary borrowed from the page")
        #expect(page.text.components(separatedBy: "Le texte du programme.").count == 2)
    }
}

@Suite("Ids on a page")
struct PageIdTests {
    /// Texts rendered separately on one page, and ids built from data, never give the same id twice.
    @Test func headingsOfSeveralTextsAndDataIdsStayUnique() async throws {
        let organisations = """
            contenu:
              name: Organisme Contenu
              kind: association
              contacts:
                b-c: { kind: service, name: Accueil, email: a@example.org }
            contenu-b:
              name: Autre
              kind: association
              contacts:
                c: { kind: service, name: Accueil, email: b@example.org }
            editeur:
              name: Maison de l'emploi
              kind: association
              contacts:
                accueil: { kind: service, name: Accueil, email: accueil@example.org }
            """
        let aid = TestSite.aid
            .replacingLine(containing: "eligibility:", with: "eligibility: |\n  ## Conditions\n\n  ## Contenu\n\n  Les PME.")
            .replacingLine(containing: "contacts:", with: "contacts: [contenu/b-c, contenu-b/c, contenu/b-c]")
            .replacingOccurrences(of: "Le prêt finance", with: "## Conditions\n\n## Contact contenu b c\n\nLe prêt finance")
        let site = try TestSite(["organisations.yaml": organisations, "aides/pret-emploi.md": aid])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        for path in ["aides/pret-emploi/index.html", "contacts/index.html"] {
            let page = try HTMLTree.parse(try site.page(path))
            let ids = page.all { $0["id"] != nil }.compactMap { $0["id"] }
            #expect(Set(ids).count == ids.count, "\(path): \(ids)")
        }
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(page.withClass("contact-card").count == 2)
        #expect(page.byID("eligibilite-conditions")?.name == "h3")
    }

    @Test func fieldLinksAreReportedWhereTheyAreWritten() async throws {
        let aid = TestSite.aid.replacingLine(containing: "eligibility:", with: "eligibility: |\n  Les PME.\n  Voir [la page](../pages/absente.md).")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["aides/pret-emploi.md:10:8: Le lien « ../pages/absente.md » mène à pages/absente.md, qui n'existe pas."])
    }
}

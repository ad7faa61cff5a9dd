import Foundation
import RelaisCore
import RelaisFrench
import Testing

@Suite("Aid status and build date")
struct StatusAndDateTests {
    /// The minimal aid closes on 2023-12-31; `closingSoonDays` is 30 by default.
    @Test(arguments: [
        ("2023-06-15", "Ouverte", "Jusqu’au 31 décembre 2023"),
        ("2023-12-01", "Clôture proche", "Clôture dans 30 jours (J-30), le 31 décembre 2023"),
        ("2023-12-19", "Clôture proche", "Clôture dans 12 jours (J-12), le 31 décembre 2023"),
        ("2023-12-31", "Clôture proche", "Clôture aujourd’hui, le 31 décembre 2023"),
        ("2024-01-01", "Clôturée", "Date limite passée\u{00A0}: 31 décembre 2023"),
    ])
    func statusFollowsTheBuildDate(date: String, label: String, detail: String) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = await site.build(date: date)
        #expect(report.succeeded)
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        let status = try #require(page.withClass("status").first)
        #expect(status.first("strong")?.text == label)
        #expect(status.text == "\(label) · \(detail)")
    }

    @Test func upcomingAndOngoingAids() async throws {
        let upcoming = TestSite.aid.replacingLine(containing: "closingDate:", with: "openingDate: 2024-03-01\nclosingDate: 2024-12-31")
        let ongoing = TestSite.aid.replacingLine(containing: "recurrence:", with: "recurrence: ongoing").removingLine(containing: "closingDate:")
        let site = try TestSite(["aides/pret-emploi.md": upcoming, "aides/permanente.md": ongoing])
        defer { site.remove() }
        #expect(await site.build(date: "2023-06-15").succeeded)
        let first = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(first.withClass("status").first?.text == "À venir · Ouverture le 1er mars 2024")
        let second = try HTMLTree.parse(try site.page("aides/permanente/index.html"))
        #expect(second.withClass("status").first?.text == "Permanente · Sans date limite")
        let list = try HTMLTree.parse(try site.page("aides/index.html"))
        #expect(list.byID("a-venir") != nil)
        #expect(list.all { $0["role"] == "status" }.first?.text == "1 aide ouverte")
    }

    @Test func closingSoonDaysComesFromSiteYaml() async throws {
        let config = TestSite.minimal["site.yaml"]! + "\nclosingSoonDays: 10\n"
        let site = try TestSite(["site.yaml": config])
        defer { site.remove() }
        #expect(await site.build(date: "2023-12-19").succeeded)
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(page.withClass("status").first?.first("strong")?.text == "Ouverte")
    }

    @Test func buildDateComesFromTheOptionThenSourceDateEpochThenToday() throws {
        let epoch = ["SOURCE_DATE_EPOCH": "1669852800"]
        #expect(try BuildOptions.buildDate(argument: "2023-06-15", environment: epoch).get() == CalendarDate(iso: "2023-06-15"))
        #expect(try BuildOptions.buildDate(argument: nil, environment: epoch).get() == CalendarDate(iso: "2022-12-01"))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(try BuildOptions.buildDate(argument: nil, environment: [:], now: now).get() == CalendarDate(iso: "2023-11-14"))
        #expect(throws: BuildOptions.BuildDateError.self) { try BuildOptions.buildDate(argument: "15/06/2023", environment: [:]).get() }
        // Just after midnight in Paris, in winter (UTC+1) and in summer (UTC+2), and around the changes of time.
        #expect(BuildOptions.parisDate(unixTime: 1_673_739_000) == CalendarDate(iso: "2023-01-15"))  // 2023-01-14T23:30Z
        #expect(BuildOptions.parisDate(unixTime: 1_686_781_800) == CalendarDate(iso: "2023-06-15"))  // 2023-06-14T22:30Z
        #expect(BuildOptions.parisDate(unixTime: 1_686_778_200) == CalendarDate(iso: "2023-06-14"))  // 2023-06-14T21:30Z
        #expect(BuildOptions.parisDate(unixTime: 1_679_787_000) == CalendarDate(iso: "2023-03-26"))  // 2023-03-25T23:30Z, 00:30 winter time
        #expect(BuildOptions.parisDate(unixTime: 1_698_528_600) == CalendarDate(iso: "2023-10-28"))  // 2023-10-28T21:30Z, 23:30 summer time
        #expect(BuildOptions.parisDate(unixTime: 1_698_535_800) == CalendarDate(iso: "2023-10-29"))  // 2023-10-28T23:30Z, 01:30 summer time
        #expect(throws: BuildOptions.BuildDateError.self) { try BuildOptions.buildDate(argument: nil, environment: ["SOURCE_DATE_EPOCH": "hier"]).get() }
    }
}

@Suite("Templates")
struct TemplateTests {
    /// A copy of the repository's templates in which `change` is made.
    private func templates(_ change: (URL) throws -> Void) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: folder)
        try change(folder)
        return folder
    }

    private func build(templates folder: URL) async throws -> (TestSite, BuildReport) {
        let site = try TestSite()
        var options = site.options()
        options.templatesPath = folder.path
        return (site, await BuildPipeline(options: options).run())
    }

    @Test func missingPageTemplateIsAnError() async throws {
        let folder = try templates { try FileManager.default.removeItem(at: $0.appendingPathComponent("pages/aid.mustache")) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(!report.succeeded && !report.published)
        #expect(report.diagnostics.map(\.message) == ["Le gabarit « pages/aid » manque."])
        #expect(report.diagnostics.first?.location.file == folder.path + "/pages/aid.mustache")
    }

    @Test func missingPartialIsReportedWhereItIsUsed() async throws {
        let folder = try templates { folder in
            let file = folder.appendingPathComponent("pages/aids.mustache")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "{{>partials/aid-card}}", with: "{{>partials/aid-cart}}")
            try Data(text.utf8).write(to: file)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        #expect(!report.succeeded)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "Le gabarit partiel « partials/aid-cart » n'existe pas.")
        #expect(diagnostic.hint == "Vouliez-vous dire « partials/aid-card » ?")
        #expect(diagnostic.location.file.hasSuffix("pages/aids.mustache") && diagnostic.location.line == 11)
    }

    @Test func malformedTemplateIsLocated() async throws {
        let folder = try templates { folder in
            try Data("<p>{{#body}}{{title}}{{/bdy}}</p>\n".utf8).write(to: folder.appendingPathComponent("partials/facts.mustache"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (site, report) = try await build(templates: folder)
        defer { site.remove() }
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.location.file.hasSuffix("partials/facts.mustache") && diagnostic.location.line == 1)
        #expect(diagnostic.message.hasPrefix("Le gabarit est mal formé"))
    }

    /// swift-mustache renders an unknown name as nothing: a section that uses a field of another view model
    /// (here the aid page's `facts` inside the programme's budget) is reported, once, where it is written.
    @Test func tagNamingNoDataOfThePageIsAnError() async throws {
        let folder = try templates { folder in
            let file = folder.appendingPathComponent("pages/page.mustache")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "{{#summary}}", with: "{{#sumary}}")
                .replacingOccurrences(of: "{{/summary}}", with: "{{/sumary}}")
            try Data(text.utf8).write(to: file)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try TestSite(["pages/mentions.md": "---\ntitle: Mentions\nsummary: Qui publie ce site.\ndateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        var options = site.options()
        options.templatesPath = folder.path
        let report = await BuildPipeline(options: options).run()
        #expect(!report.succeeded && !report.published)
        #expect(report.diagnostics.count == 1)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "La balise « sumary » ne correspond à aucune donnée de la page : elle s'afficherait vide.")
        #expect(diagnostic.location.file.hasSuffix("pages/page.mustache") && diagnostic.location.line == 6 && diagnostic.location.column == 1)
    }

    @Test func missingTemplatesFolderIsAnError() async throws {
        let (site, report) = try await build(templates: URL(fileURLWithPath: "/nonexistent/Templates"))
        defer { site.remove() }
        #expect(report.diagnostics.map(\.message) == ["Le dossier des gabarits « /nonexistent/Templates » n'existe pas."])
    }
}

@Suite("Markdown in pages")
struct MarkdownInPagesTests {
    private let body = """
        Paragraphe : avec <script>alert(1)</script> du HTML et `a : b` en code.

        # Titre de section

        [Lien piégé](javascript:alert(1))
        """

    @Test func rawHtmlIsDroppedAndTypographySparesCode() async throws {
        let site = try TestSite(["pages/a-propos.md": "---\ntitle: À propos\ndateModified: 2022-12-05\n---\n" + body])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let html = try site.page("a-propos/index.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("Paragraphe\u{00A0}: avec"))
        #expect(html.contains("<code>a : b</code>"))
        #expect(html.contains("<h2 id=\"titre-de-section\">Titre de section</h2>"))
        #expect(html.contains("<a href=\"\">Lien piégé</a>"))
    }

    @Test func rawHtmlIsKeptWhenTheSiteAllowsIt() async throws {
        let config = TestSite.minimal["site.yaml"]! + "\nallowRawHtml: true\n"
        let site = try TestSite(["site.yaml": config, "pages/a-propos.md": "---\ntitle: À propos\ndateModified: 2022-12-05\n---\n<mark>important</mark>\n"])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(try site.page("a-propos/index.html").contains("<mark>important</mark>"))
    }
}

@Suite("Other content checks")
struct OtherContentTests {
    @Test func indicatorCSVProblemsAreLocated() async throws {
        let basin = """
            ---
            name: Bassin d'essai
            summary: Un bassin pour les tests.
            kind: localBasin
            indicators:
              - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, series: { csv: data/emplois.csv } }
            dateModified: 2022-12-05
            ---
            """
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "period,valeur\n2018,12\n2019,douze,final\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.contains("data/emplois.csv:1:1: La ligne d'en-tête doit nommer les colonnes « period » et « value »."))
    }

    @Test func indicatorCSVRowsAreChecked() async throws {
        let basin = """
            ---
            name: Bassin d'essai
            summary: Un bassin pour les tests.
            kind: localBasin
            indicators:
              - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emplois.csv }
            dateModified: 2022-12-05
            ---
            """
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "period,value,status\n2018,12,final\n2019,douze,final\n2020,14,definitif\n2021,15\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == [
            "data/emplois.csv:3:1: « douze » n'est pas un nombre.",
            "data/emplois.csv:4:1: « definitif » n'est pas un statut de valeur possible.",
            "data/emplois.csv:5:1: Cette ligne a 2 colonnes au lieu de 3.",
        ])
    }

    @Test func freePageCannotTakeAFolderOfTheSite() async throws {
        let site = try TestSite(["pages/aides.md": "---\ntitle: Aides\ndateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["pages/aides.md:1:1: La page « aides » prendrait l'adresse /aides/, déjà utilisée par le site."])
    }

    @Test func badFileNamesAndMissingFrontMatterAreReported() async throws {
        let site = try TestSite([
            "pages/À propos.md": "---\ntitle: x\ndateModified: 2022-12-05\n---\n",
            "pages/sans-entete.md": "Pas d'en-tête.\n",
            "pages/non-fermee.md": "---\ntitle: x\n",
            "actualites/bilan.md": "---\ntitle: x\nsummary: y\ndateModified: 2022-12-05\n---\n",
        ])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.contains("pages/À propos.md:1:1: Le nom de fichier « À propos.md » ne donne pas un identifiant valide."))
        #expect(lines.contains("pages/sans-entete.md:1:1: Le fichier doit commencer par une ligne « --- » qui ouvre l'en-tête YAML."))
        #expect(lines.contains("pages/non-fermee.md:1:1: L'en-tête YAML ouvert par « --- » n'est jamais refermé."))
        #expect(lines.contains("actualites/bilan.md:1:1: Le nom d'une actualité doit commencer par sa date : AAAA-MM-JJ-identifiant.md."))
    }

    @Test func referenceToADraftSaysItIsADraft() async throws {
        let draft = TestSite.aid.replacingLine(containing: "dateModified:", with: "dateModified: 2022-12-05\ndraft: true")
        let news = "---\ntitle: Une nouvelle\nsummary: Résumé.\nrelatedAids: [brouillon]\ndateModified: 2022-12-05\n---\n"
        let site = try TestSite(["aides/brouillon.md": draft, "actualites/2022-12-05-nouvelle.md": news])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(site.lines(report).first?.hasPrefix("actualites/2022-12-05-nouvelle.md:4:15: L'aide « brouillon » est un brouillon") == true)
    }
}

@Suite("Values that read but mean nothing")
struct MeaninglessValueTests {
    @Test func nullClosingDateIsMissing() async throws {
        let aid = TestSite.aid.replacingLine(containing: "closingDate:", with: "closingDate: ~")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        #expect(site.lines(await site.build(writes: false)) == ["aides/pret-emploi.md:12:13: Une aide « oneOff » doit avoir une date de clôture."])
    }

    @Test func negativeAndZeroNumbersAreRefused() async throws {
        let aid = TestSite.aid.replacingOccurrences(of: "amount: 15000", with: "amount: -15000")
            .replacingOccurrences(of: "durationMonths: 60", with: "durationMonths: 0")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.contains { $0.hasPrefix("aides/pret-emploi.md:6:") && $0.hasSuffix("Le montant « financialComponents[1].amount » doit être positif.") })
        #expect(lines.contains { $0.hasPrefix("aides/pret-emploi.md:6:") && $0.hasSuffix("« financialComponents[1].durationMonths » vaut 0 ; il doit valoir au moins 1.") })
    }

    @Test(arguments: [(12, "dans l’année"), (24, "dans les 2 ans"), (18, "dans les 18 mois")])
    func jobConditionDelayReadsWell(months: Int, phrase: String) async throws {
        let aid = TestSite.aid.replacingLine(containing: "audiences:", with: "audiences: [company]\njobConditions: { minNetJobs: 3, contractTypes: [CDI], withinMonths: \(months) }")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(try site.page("aides/pret-emploi/index.html").contains("au moins 3 créations nettes d’emploi en CDI \(phrase)."))
    }

    @Test func csvValuesMustBeWholeNumbers() async throws {
        let basin = """
            ---
            name: Bassin d'essai
            summary: Un bassin pour les tests.
            kind: localBasin
            indicators:
              - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emplois.csv }
              - { id: vide, label: Vide, unit: jobs, source: { organisation: editeur }, series: [] }
            dateModified: 2022-12-05
            ---
            """
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "period,value\n2018,1-2\n2019,1.2.3\n2020,--5\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.filter { $0.contains("n'est pas un nombre") }.count == 3)
        #expect(lines.contains("data/emplois.csv:1:1: Le fichier ne contient aucune valeur : l'indicateur sera vide."))
        #expect(lines.contains("bassins/essai.md:7:85: La série de l'indicateur « vide » est vide."))
    }
}

@Suite("Basins and events")
struct BasinAndEventTests {
    @Test func aidsForTheDepartmentOrRegionOfABasinAreOnItsPage() async throws {
        let basin = """
            ---
            name: Bassin d'essai
            summary: Un bassin de quelques communes.
            kind: localBasin
            subTerritories:
              - { name: Ivry-sur-Seine, code: COM-94041 }
            dateModified: 2022-12-05
            ---
            """
        let regional = TestSite.aid.replacingLine(containing: "territories:", with: "territories: [REG-11]")
        let elsewhere = TestSite.aid.replacingLine(containing: "territories:", with: "territories: [DEP-59]")
        let site = try TestSite(["bassins/essai.md": basin, "aides/regionale.md": regional, "aides/ailleurs.md": elsewhere])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("bassins/essai/index.html"))
        let links = page.withClass("card--aid").compactMap { $0.first("a")?["href"] }
        #expect(links.sorted() == ["/aides/pret-emploi/", "/aides/regionale/"])
    }

    @Test func itemsOfAnEventOverSeveralDaysSayTheirDay() async throws {
        let event = """
            ---
            title: Forum de l'emploi
            summary: Deux jours de rencontres.
            kind: forum
            start: 2023-11-30T09:00
            end: 2023-12-01T17:00
            attendanceMode: online
            onlineUrl: https://example.org/forum
            organizers: [editeur]
            programme:
              - { start: "09:00", end: "10:00", format: welcome, title: Accueil }
              - { start: 2023-12-01T14:00, format: closing, title: Clôture }
            dateModified: 2023-01-10
            ---
            """
        let site = try TestSite(["evenements/forum.md": event])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("evenements/forum/index.html"))
        let table = try #require(page.first("table"))
        #expect(table.first("caption")?.text == "Programme du 30 novembre au 1er décembre 2023")
        let times = table.first("tbody")?.all("th").map(\.text)
        #expect(times == ["jeudi 30 novembre 2023, de 9\u{00A0}h à 10\u{00A0}h", "vendredi 1er décembre 2023, 14\u{00A0}h"])
    }

    @Test func itemEndingBeforeItStartsIsRefused() async throws {
        let event = """
            ---
            title: Atelier
            summary: Un atelier.
            kind: workshop
            start: 2023-03-01T09:00
            end: 2023-03-01T12:00
            attendanceMode: online
            onlineUrl: https://example.org/atelier
            organizers: [editeur]
            programme:
              - { start: "10:00", end: "09:30", format: workshop, title: Atelier pratique }
            dateModified: 2023-01-10
            ---
            """
        let site = try TestSite(["evenements/atelier.md": event])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["evenements/atelier.md:11:3: La séquence « Atelier pratique » finit avant d'avoir commencé."])
    }
}

@Suite("Positions and files")
struct PositionAndFileTests {
    private let basin = """
        ---
        name: Bassin d'essai
        summary: Un bassin pour les tests.
        kind: localBasin
        indicators:
          - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emploi.csv }
          - { id: autres, label: Autres, unit: jobs, source: { organisation: editeur }, csv: ../secret.csv }
        dateModified: 2022-12-05
        ---
        """

    @Test func csvReferencesAreReportedWhereTheyAreWritten() async throws {
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "period,value\n2018,12\n"])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(site.lines(report) == [
            "bassins/essai.md:6:88: Le fichier « data/emploi.csv » n'existe pas.",
            "bassins/essai.md:7:86: La série « ../secret.csv » doit être un fichier .csv du dossier data/.",
        ])
        #expect(report.diagnostics.first?.hint == "Vouliez-vous dire « data/emplois.csv » ?")
    }

    @Test func duplicateThemeIsReportedAtItsSecondDeclaration() async throws {
        let config = TestSite.minimal["site.yaml"]! + "\n    - { id: emploi, label: Emploi encore }\n"
        let site = try TestSite(["site.yaml": config])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["site.yaml:10:13: Le thème « emploi » est déclaré deux fois dans « taxonomies.themes »."])
    }

    @Test func symbolicLinksInMediaAreNotPublished() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let media = site.root.appendingPathComponent("Content/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: media.path + "/passwd", withDestinationPath: "/etc/passwd")
        try Data("%PDF".utf8).write(to: media.appendingPathComponent("guide.pdf"))
        let report = await site.build()
        #expect(report.succeeded)
        #expect(site.lines(report) == ["media/passwd:1:1: Ce lien symbolique n'est pas publié."])
        #expect(FileManager.default.fileExists(atPath: site.output + "/media/guide.pdf"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/media/passwd"))
    }
}

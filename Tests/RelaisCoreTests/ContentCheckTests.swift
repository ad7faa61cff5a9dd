import Foundation
import RelaisCore
import RelaisFrench
import Testing

@Suite("Other content checks")
struct OtherContentTests {
    @Test func indicatorCSVProblemsAreLocated() async throws {
        let basin = TestSite.basin("""
                indicators:
                  - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, series: { csv: data/emplois.csv } }
                """)
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "periode,montant\n2018,12\n2019,douze,final\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.contains("data/emplois.csv:1:1: La ligne d'en-tête doit nommer les colonnes « period » et « value »."))
    }

    @Test func indicatorCSVRowsAreChecked() async throws {
        let basin = TestSite.basin("""
                indicators:
                  - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emplois.csv }
                """)
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "period,value,status\n2018,12,final\n2019,douze,final\n2020,14,definitive\n2021,15\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == [
            "data/emplois.csv:3:6: « douze » n'est pas un nombre.",
            "data/emplois.csv:4:9: « definitive » n'est pas un statut de valeur possible.",
            "data/emplois.csv:5:6: Cette ligne a 2 colonnes au lieu de 3.",
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
        let basin = TestSite.basin("""
                indicators:
                  - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emplois.csv }
                  - { id: vide, label: Vide, unit: jobs, source: { organisation: editeur }, series: [] }
                """)
        let site = try TestSite(["bassins/essai.md": basin, "data/emplois.csv": "period,value\n2018,1-2\n2019,1.2.3\n2020,--5\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.filter { $0.contains("n'est pas un nombre") }.count == 3)
        #expect(lines.contains("data/emplois.csv:1:1: Le fichier ne contient aucune valeur : l'indicateur sera vide."))
        #expect(lines.contains("bassins/essai.md:7:85: La série de l'indicateur « vide » est vide."))
    }
}

@Suite("Positions and files")
struct PositionAndFileTests {
    private let basin = TestSite.basin("""
            indicators:
              - { id: emplois, label: Emplois, unit: jobs, source: { organisation: editeur }, csv: data/emploi.csv }
              - { id: autres, label: Autres, unit: jobs, source: { organisation: editeur }, csv: ../secret.csv }
            """)

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

    @Test func symbolicLinksInMediaAreRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let media = site.root.appendingPathComponent("Content/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: media.path + "/passwd", withDestinationPath: "/etc/passwd")
        try Data("%PDF".utf8).write(to: media.appendingPathComponent("guide.pdf"))
        let report = await site.build()
        #expect(!report.succeeded)
        #expect(site.lines(report) == ["media/passwd:1:1: Ce lien symbolique n'est pas lu ni publié."])
        #expect(!FileManager.default.fileExists(atPath: site.output + "/media/passwd"))
    }
}

import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The checks of `relais check` on what readers are told: image descriptions, link texts, heading levels, links to aids
/// closed long ago, unverified contacts and typography slips. Warnings of the validate step, at the offending text.
@Suite("Reader checks")
struct ReaderCheckTests {
    /// A free page whose body starts on line 5.
    private static func page(_ body: String) -> [String: String] {
        ["pages/essai.md": "---\ntitle: Essai\ndateModified: 2022-12-05\n---\n" + body]
    }

    private func warnings(_ files: [String: String], date: String = "2023-06-15") async throws -> (lines: [String], report: BuildReport) {
        let site = try TestSite(files)
        defer { site.remove() }
        let report = await site.build(date: date, writes: false)
        #expect(report.succeeded)
        return (site.lines(report), report)
    }

    @Test func imageWithoutDescriptionIsReportedUnlessDecorative() async throws {
        let (lines, report) = try await warnings(Self.page("""
            Une carte : ![](https://example.org/carte.png)

            Un motif ![motif](https://example.org/motif.png "Décorative") et ![Le bassin](https://example.org/b.png).
            """))
        #expect(lines == ["pages/essai.md:5:13: L'image « https://example.org/carte.png » n'a pas de texte de remplacement."])
        #expect(report.diagnostics.first?.severity == .warning)
        #expect(report.diagnostics.first?.hint?.contains(#"![](https://example.org/carte.png "décorative")"#) == true)
    }

    @Test func decorativeImageRendersWithAnEmptyDescription() async throws {
        let site = try TestSite(Self.page(#"Un motif ![motif](https://example.org/motif.png "décorative")."#))
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(try site.page("essai/index.html").contains(#"Un motif <img src="https://example.org/motif.png" alt="" />."#))
    }

    @Test func linkTextThatSaysNothingAloneIsReportedInBodiesAndFields() async throws {
        let aid = TestSite.aid.replacingLine(containing: "eligibility:", with: "eligibility: Les PME, [lire la suite](https://example.org/pme).")
        let (lines, _) = try await warnings(Self.page("""
            Le formulaire : [Cliquez ICI !](https://example.org/f)
            et [plus d’infos](../aides/pret-emploi.md), [le formulaire de demande](https://example.org/f).
            """).merging(["aides/pret-emploi.md": aid]) { $1 })
        #expect(lines == [
            "aides/pret-emploi.md:8:23: Le texte du lien « lire la suite » ne dit pas, lu seul, où il mène.",
            // The text as rendered: French spacing already applied.
            "pages/essai.md:5:17: Le texte du lien « Cliquez ICI\u{202F}! » ne dit pas, lu seul, où il mène.",
            "pages/essai.md:6:4: Le texte du lien « plus d’infos » ne dit pas, lu seul, où il mène.",
        ])
    }

    @Test func headingThatSkipsALevelIsReportedAtItsLine() async throws {
        let (lines, report) = try await warnings(Self.page("## Qui\n\nTexte.\n\n### Les PME\n\n## Combien\n\n#### Plafond\n"))
        #expect(lines == ["pages/essai.md:13:1: Le titre « Plafond » (####) saute un niveau : le titre qui le précède est de niveau 2 (##)."])
        #expect(report.diagnostics.first?.hint == "Écrivez « ### Plafond », ou ajoutez avant lui un titre de niveau 3.")
    }

    @Test func referencesToAnAidClosedForOverAYearAreReported() async throws {
        let closed = TestSite.aid.replacingLine(containing: "closingDate:", with: "closingDate: 2022-06-14")
        let recent = TestSite.aid.replacingLine(containing: "closingDate:", with: "closingDate: 2022-06-15")
        let news = "---\ntitle: Bilan\nsummary: Le bilan.\nrelatedAids: [pret-emploi, recent]\ndateModified: 2022-12-05\n---\n"
            + "Voir [le prêt](../aides/pret-emploi.md), [sa page](/aides/pret-emploi/#montants) et [l'autre prêt](/aides/recent/).\n"
        // Written while the aid was open: a record of its day, not a stale reference.
        let announcement = "---\ntitle: Annonce\nsummary: Le prêt ouvre.\nrelatedAids: [pret-emploi]\ndateModified: 2022-01-10\n---\n"
            + "Découvrez [le prêt](../aides/pret-emploi.md).\n"
        let (lines, report) = try await warnings(["aides/pret-emploi.md": closed, "aides/recent.md": recent, "actualites/2022-12-05-bilan.md": news,
                                                  "actualites/2022-01-10-annonce.md": announcement])
        let message = "L'aide « pret-emploi » est clôturée depuis le 14 juin 2022, il y a plus d'un an, et ce contenu y renvoie encore."
        #expect(lines.sorted() == [
            "actualites/2022-12-05-bilan.md:4:15: " + message,
            "actualites/2022-12-05-bilan.md:7:42: " + message,
            "actualites/2022-12-05-bilan.md:7:6: " + message,
        ])
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning && $0.step == .validate })
    }

    @Test func contactsVerifiedOverAYearAgoOrInTheFutureAreReported() async throws {
        let organisations = TestSite.minimal["organisations.yaml"]! + """

                  verified: 2022-06-14
                ancien:
                  kind: service
                  name: Ancien accueil
                  email: ancien@example.org
                  verified: 2022-06-15
                futur:
                  kind: service
                  name: Futur accueil
                  email: futur@example.org
                  verified: 2023-07-01
            """
        let (lines, report) = try await warnings(["organisations.yaml": organisations])
        #expect(lines == [
            "organisations.yaml:10:17: Les coordonnées du contact « editeur/accueil » n'ont pas été vérifiées depuis le 14 juin 2022, il y a plus d'un an.",
            "organisations.yaml:20:17: La date de vérification du contact « editeur/futur », le 1er juillet 2023, n'est pas encore arrivée.",
        ])
        #expect(report.diagnostics.first?.hint == "Vérifiez-les auprès de l'organisme, corrigez-les s'il le faut, puis écrivez la date du jour dans « verified ».")
    }

    @Test func typographySlipsAreReportedWithTheirFix() async throws {
        let aid = TestSite.aid.replacingLine(containing: "eligibility:", with: "eligibility: |\n  Les PME. Attention: pas les ETI.")
        let (lines, report) = try await warnings(Self.page("""
            Le "prêt d'honneur" est-il cumulable? Oui!
            """).merging(["aides/pret-emploi.md": aid]) { $1 })
        #expect(lines == [
            "aides/pret-emploi.md:9:21: Il manque une espace avant « : » dans « Attention: ».",
            "pages/essai.md:5:4: Des guillemets droits entourent \"prêt d'honneur\" : en français, on écrit des guillemets « ».",
            "pages/essai.md:5:37: Il manque une espace avant « ? » dans « cumulable? ».",
            "pages/essai.md:5:42: Il manque une espace avant « ! » dans « Oui! ».",
        ])
        #expect(report.diagnostics.map(\.hint) == [
            "Écrivez « Attention : » : Relais rend cette espace insécable.",
            "Remplacez \"prêt d'honneur\" par « prêt d'honneur ».",
            "Écrivez « cumulable ? » : Relais rend cette espace insécable.",
            "Écrivez « Oui ! » : Relais rend cette espace insécable.",
        ])
    }

    @Test func typographySlipsInTextFieldsAreReportedAtTheirColumn() async throws {
        let aid = TestSite.aid.replacingLine(containing: "title:", with: #"title: 'Le "prêt" pour créer des emplois'"#)
            .replacingLine(containing: "promise:", with: "promise: Un prêt à taux zéro, vraiment?")
        let (lines, report) = try await warnings(["aides/pret-emploi.md": aid])
        #expect(lines == [
            "aides/pret-emploi.md:2:12: Des guillemets droits entourent \"prêt\" : en français, on écrit des guillemets « ».",
            "aides/pret-emploi.md:3:39: Il manque une espace avant « ? » dans « vraiment? ».",
        ])
        #expect(report.diagnostics.map(\.hint) == ["Remplacez \"prêt\" par « prêt ».", "Écrivez « vraiment ? » : Relais rend cette espace insécable."])
    }

    @Test func typographyLeavesCodeAddressesTimesAndEmoticonsAlone() async throws {
        let (lines, _) = try await warnings(Self.page("""
            De 13:30 à 18 h : voir https://example.org/a?b=1, www.example.org/x?y et contact@example.org!

            Le code `titre: "Aide"` et `ok?` ; le rapport 1:2 ; un sourire :) ou ;-) ; « Bien ! » ; Vraiment ?!

            ```
            cle: "valeur"
            ```

            L'écran 27" et [la recherche](https://example.org/?q=a:b).
            """))
        #expect(lines == [])
    }

    @Test func strictTurnsTheseWarningsIntoErrors() async throws {
        let site = try TestSite(Self.page("Voir [ici](https://example.org/).\n"))
        defer { site.remove() }
        #expect(await site.build(writes: false).succeeded)
        let strict = await site.build(writes: false, strict: true)
        #expect(!strict.succeeded)
        #expect(site.lines(strict) == ["pages/essai.md:5:6: Le texte du lien « ici » ne dit pas, lu seul, où il mène."])
    }

    @Test func exampleSiteHasNoneOfTheseWarnings() async throws {
        let report = await BuildPipeline(options: BuildOptions(contentPath: Repository.content, templatesPath: Repository.templates,
                                                              buildDate: CalendarDate(iso: "2023-06-15")!, writesOutput: false)).run()
        #expect(report.diagnostics.isEmpty)
    }
}

import Foundation
import RelaisCore
import Testing

/// Each bad input named by the foundation issue gets a diagnostic with its file, line and column,
/// a plain French sentence and a hint, and the build fails.
@Suite("Diagnostics of bad content")
struct DiagnosticsTests {
    /// Builds the minimal site with the aid file changed by `edit`, and returns its diagnostics as lines.
    private func diagnostics(aid edit: (String) -> String, extra: [String: String] = [:]) async throws -> (BuildReport, [String]) {
        var files = extra
        files["aides/pret-emploi.md"] = edit(TestSite.aid)
        let site = try TestSite(files)
        defer { site.remove() }
        let report = await site.build(writes: false)
        return (report, site.lines(report))
    }

    @Test func validMinimalSiteHasNoDiagnostics() async throws {
        let (report, lines) = try await diagnostics(aid: { $0 })
        #expect(lines == [])
        #expect(report.succeeded)
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() async throws {
        let (report, lines) = try await diagnostics(aid: { $0.replacingOccurrences(of: "promise:", with: "promis:") })
        #expect(!report.succeeded)
        #expect(lines.contains("aides/pret-emploi.md:3:1: La clé « promis » est inconnue."))
        #expect(lines.contains("aides/pret-emploi.md:2:1: Le champ obligatoire « promise » manque."))
        let unknown = report.diagnostics.first { $0.message.contains("« promis » est inconnue") }
        #expect(unknown?.hint == "Vouliez-vous dire « promise » ?")
        #expect(unknown?.formatted.hasSuffix(":3:1: erreur : La clé « promis » est inconnue.\n  aide : Vouliez-vous dire « promise » ?") == true)
    }

    @Test func wrongTypeSaysWhatWasExpected() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.replacingLine(containing: "aidTypes:", with: "aidTypes: loan") })
        #expect(lines.contains("aides/pret-emploi.md:4:11: « aidTypes » doit être une liste, pas une valeur simple."))
    }

    @Test func badEnumValueSuggestsAndListsTheAllowedValues() async throws {
        let (report, lines) = try await diagnostics(aid: { $0.replacingLine(containing: "audiences:", with: "audiences: [compagny]") })
        #expect(lines.contains("aides/pret-emploi.md:7:13: « compagny » n'est pas une valeur possible de « audiences[1] »."))
        let hint = report.diagnostics.first { $0.message.contains("compagny") }?.hint ?? ""
        #expect(hint.hasPrefix("Vouliez-vous dire « company » ?"))
        #expect(hint.contains("jobSeeker"))
    }

    @Test func badDateIsReportedAtItsValue() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.replacingLine(containing: "closingDate:", with: "closingDate: 2023-02-30") })
        #expect(lines.contains("aides/pret-emploi.md:13:14: « closingDate » doit être une date existante au format AAAA-MM-JJ, pas « 2023-02-30 »."))
    }

    @Test func missingRequiredFieldIsReported() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.removingLine(containing: "eligibility:") })
        #expect(lines.contains("aides/pret-emploi.md:2:1: Le champ obligatoire « eligibility » manque."))
    }

    @Test func closingDateRequiredUnlessOngoing() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.removingLine(containing: "closingDate:") })
        #expect(lines.contains("aides/pret-emploi.md:12:13: Une aide « oneOff » doit avoir une date de clôture."))
    }

    @Test func scientificNotationIsRefusedForMoney() async throws {
        let (report, _) = try await diagnostics(aid: { $0.replacingOccurrences(of: "amount: 15000", with: "amount: 1.5e4") })
        let money = report.diagnostics.first { $0.message.contains("1.5e4") }
        #expect(money?.location.line == 6)
        #expect(money?.hint?.contains("sans notation scientifique") == true)
    }

    @Test func referencesToMissingItemsAreReportedWhereWritten() async throws {
        let (_, lines) = try await diagnostics(aid: { text in
            text.replacingLine(containing: "backers:", with: "backers: [{ organisation: editer, roles: [operator] }]")
                .replacingLine(containing: "contacts:", with: "contacts: [editeur/acceuil]")
                .replacingLine(containing: "themes:", with: "themes: [emplois]")
                .replacingLine(containing: "recurrence:", with: "recurrence: oneOff\nprogrammes: [inconnu]")
        })
        #expect(lines.contains("aides/pret-emploi.md:11:27: Le porteur « editer » ne correspond à aucune organisation de organisations.yaml."))
        #expect(lines.contains("aides/pret-emploi.md:15:12: Le contact « editeur/acceuil » n'existe pas dans organisations.yaml."))
        #expect(lines.contains("aides/pret-emploi.md:9:10: Le thème « emplois » n'est pas déclaré dans site.yaml."))
        #expect(lines.contains("aides/pret-emploi.md:13:14: Le programme « inconnu » n'existe pas (aucun fichier programmes/inconnu.md)."))
    }

    @Test func personWithoutConsentIsRefused() async throws {
        let organisations = TestSite.minimal["organisations.yaml"]! + """

            personne:
              kind: person
              name: Claire Exemple
              email: claire@example.org
        """
        let (_, lines) = try await diagnostics(aid: { $0 }, extra: ["organisations.yaml": organisations])
        #expect(lines.contains("organisations.yaml:10:5: Le contact « editeur/personne » est une personne : ses coordonnées ne peuvent être publiées qu'avec son accord."))
    }

    @Test func eventEndingBeforeItStartsIsRefused() async throws {
        let event = TestSite.onlineEvent(start: "2023-03-01T14:00", end: "2023-03-01T12:00")
        let (_, lines) = try await diagnostics(aid: { $0 }, extra: ["evenements/reunion.md": event])
        #expect(lines.contains("evenements/reunion.md:6:6: L'événement finit (2023-03-01T12:00) avant d'avoir commencé (2023-03-01T14:00)."))
    }

    @Test func duplicateIdsAreRefused() async throws {
        let news = { (date: String) in "---\ntitle: Une nouvelle\nsummary: Résumé.\ndateModified: \(date)\n---\nTexte.\n" }
        let (_, lines) = try await diagnostics(aid: { $0 }, extra: [
            "actualites/2022-12-05-bilan.md": news("2022-12-05"), "actualites/2023-01-10-bilan.md": news("2023-01-10"),
        ])
        #expect(lines.contains { $0.hasPrefix("actualites/2023-01-10-bilan.md:1:1: L'identifiant « bilan » est déjà utilisé par") })
    }

    @Test func duplicateKeysAreRefused() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.replacingLine(containing: "recurrence:", with: "recurrence: oneOff\ntitle: Autre titre") })
        #expect(lines.contains("aides/pret-emploi.md:13:1: La clé « title » apparaît deux fois."))
    }

    @Test func malformedYAMLIsLocated() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.replacingLine(containing: "eligibility:", with: "eligibility: Contact : 01 99 00 00 00") })
        #expect(lines.contains { $0.hasPrefix("aides/pret-emploi.md:8:") && $0.contains("« : »") })
    }

    /// swift-mustache escapes per Character: a sign merged with other scalars would escape unescaped.
    @Test(arguments: [
        ("eligibility: Les PME \"\u{0301} du territoire.", "eligibility", 14),            // combining mark typed in the file
        ("eligibility: \"Les PME \\\"\\u0301 x\"", "eligibility", 14),                      // the same written as YAML escapes
        ("eligibility: Les PME \"\u{1F3FB} du territoire.", "eligibility", 14),           // emoji modifier
        ("eligibility: Les PME \u{0600}\" du territoire.", "eligibility", 14),            // prepended sign before the quote
        ("promise: \"Un prêt <\u{0301}script> pour tous.\"", "promise", 10),
    ])
    func signMergedWithInvisibleScalarsIsRefused(line: String, field: String, column: Int) async throws {
        let key = line.split(separator: ":").first.map(String.init) ?? ""
        let (report, lines) = try await diagnostics(aid: { $0.replacingLine(containing: key + ":", with: line) })
        #expect(!report.succeeded)
        let row = key == "promise" ? 3 : 8
        #expect(lines.contains { $0.hasPrefix("aides/pret-emploi.md:\(row):\(column): « \(field) » contient, collé à") }, "\(lines)")
    }

    @Test func brokenMarkdownLinkIsReportedAtItsLine() async throws {
        let (_, lines) = try await diagnostics(aid: { $0.replacingOccurrences(of: "../pages/a-propos.md", with: "../aides/inexistante.md") })
        #expect(lines.contains("aides/pret-emploi.md:17:56: Le lien « ../aides/inexistante.md » mène à aides/inexistante.md, qui n'existe pas."))
    }

    @Test func everyProblemOfARunIsReported() async throws {
        let (report, lines) = try await diagnostics(aid: { text in
            text.replacingOccurrences(of: "promise:", with: "promis:")
                .replacingLine(containing: "audiences:", with: "audiences: [compagny]")
                .replacingLine(containing: "closingDate:", with: "closingDate: 2023-02-30")
        }, extra: ["pages/mentions.md": "---\ntitel: Mentions\ndateModified: 2022-12-05\n---\n"])
        #expect(report.errorCount == 6)
        #expect(lines.contains("pages/mentions.md:2:1: La clé « titel » est inconnue."))
    }

    @Test func missingSiteFileIsReported() async throws {
        let site = try TestSite(base: TestSite.minimal.filter { $0.key != "site.yaml" })
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(site.lines(report).contains { $0.hasPrefix("site.yaml:1:1: Le fichier") })
    }
}

@Suite("Links between pages")
struct LinkCheckTests {
    @Test func linkToAPageTheSiteDoesNotHaveIsReported() async throws {
        let site = try TestSite(["aides/pret-emploi.md": TestSite.aid.replacingOccurrences(of: "../pages/a-propos.md", with: "/aides/guide-imprime/")])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(site.lines(report) == ["aides/pret-emploi.md:17:56: Le lien « /aides/guide-imprime/ » ne mène à aucune page du site."])
    }

    @Test func navigationToAMissingPageIsReported() async throws {
        let config = TestSite.minimal["site.yaml"]!.replacingOccurrences(of: "path: /aides/", with: "path: /aide/")
        let site = try TestSite(["site.yaml": config])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(site.lines(report) == ["site.yaml:6:27: Le menu mène à « /aide/ », qui n'est pas une page du site."])
    }

    @Test func relativeLinksToContentFilesBecomePageURLs() async throws {
        let site = try TestSite()
        defer { site.remove() }
        _ = await site.build()
        let page = try HTMLTree.parse(try site.page("aides/pret-emploi/index.html"))
        #expect(page.withClass("prose").first?.all("a").first?["href"] == "/a-propos/")
    }
}

@Suite("Diagnostics per file")
struct DiagnosticShareTests {
    /// A file full of mistakes shows its first hundred and counts the rest in one line, once.
    @Test func aFileShowsAHundredProblemsThenCountsTheRest() async throws {
        let keys = (1...150).map { "inconnue\($0): x\n" }.joined()
        let site = try TestSite(["pages/fautes.md": "---\ntitle: Fautes\n" + keys + "dateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.count == 101, "\(lines.count)")
        #expect(lines.last == "pages/fautes.md:103:1: Ce problème et 49 autres de ce fichier ne sont pas affichés, au-delà des 100 premiers.")
    }
}

@Suite("YAML anchors and aliases")
struct YAMLAliasTests {
    /// An alias used as a key made Yams hash the aliased tree exponentially: refused before parsing.
    @Test func aliasBombIsRefusedAtOnce() async throws {
        var yaml = "title: Bombe\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "? *l9\n: 1\n"
        let site = try TestSite(["pages/bombe.md": "---\n" + yaml + "dateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["pages/bombe.md:3:5: Les ancres et alias YAML (&nom, *nom) ne sont pas acceptés."])
    }

    /// The line scan this check replaced took sibling keys of a list item (`- note: |`) for text, and did not
    /// break lines on a lone `\r`: both hid the bomb. The parser's events see what the parser sees.
    @Test(arguments: ["\n", "\r"])
    func aliasBombHiddenAfterABlockScalarInAListIsRefused(lineEnd: String) async throws {
        var lines = ["title: Bombe", "items:", "  - note: |", "      un texte", "    l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("    l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        lines += ["    ? *l9", "    : 1", "dateModified: 2022-12-05"]
        let site = try TestSite(["pages/bombe.md": "---\n" + lines.joined(separator: lineEnd) + "\n---\n"])
        defer { site.remove() }
        let found = site.lines(await site.build(writes: false))
        #expect(found == ["pages/bombe.md:6:9: Les ancres et alias YAML (&nom, *nom) ne sont pas acceptés."])
    }

    /// Yams composes recursively and checks every mapping's keys: depth and mass are bounded before it runs.
    @Test func deepNestingIsRefused() async throws {
        let site = try TestSite(["pages/profond.md": "---\ntitle: Profond\nnav: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\ndateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["pages/profond.md:3:69: Les listes et groupes de clés sont imbriqués sur plus de 64 niveaux."], "\(lines)")
    }

    @Test func massOfValuesIsRefused() async throws {
        let organisations = try #require(TestSite.minimal["organisations.yaml"]) + "\nliste: [" + String(repeating: "a, ", count: 100_000) + "a]\n"
        let site = try TestSite(["organisations.yaml": organisations])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines.count == 1 && lines.first?.hasPrefix("organisations.yaml:10:") == true && lines.first?.hasSuffix("Le fichier contient plus de 100 000 valeurs YAML.") == true, "\(lines.prefix(3))")
    }

    /// A tag would be read as plain text without a word: refused where it is written.
    @Test(arguments: [("title: !!python/object:os.system x", "!!python/object:os.system"), ("title: !!binary aGVsbG8=", "!!binary"),
                      ("title: ! texte", "!"), ("title: !perso texte", "!perso")])
    func yamlTagsAreRefused(line: String, tag: String) async throws {
        let site = try TestSite(["pages/etiquette.md": "---\n\(line)\ndateModified: 2022-12-05\n---\n"])
        defer { site.remove() }
        let found = site.lines(await site.build(writes: false))
        #expect(found == ["pages/etiquette.md:2:8: Les étiquettes YAML comme « \(tag) » ne sont pas acceptées."])
    }

    @Test(arguments: [
        "title: R&D et *emploi*", "title: \"*important*\"", "title: '&co'", "title: voir *important*",
        "summary: |\n  * une puce\n  & un et", "summary: Deux # commentaire *x",
    ])
    func textWithAmpersandsAndStarsIsNotAnAlias(_ yaml: String) {
        #expect(YAMLAliasCheckProbe.find(yaml) == nil, "\(yaml)")
    }

    @Test(arguments: ["title: *ref", "a: &ancre x", "liste: [a, *b]", "- *x", "{ a: *b }"])
    func anchorsAndAliasesAreFound(_ yaml: String) {
        #expect(YAMLAliasCheckProbe.find(yaml) != nil, "\(yaml)")
    }
}

@Suite("Site paths written in YAML")
struct YAMLSitePathTests {
    @Test func documentThatIsNotInMediaIsReported() async throws {
        let aid = TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil]\ndocuments:\n  - { title: Règlement, url: /media/absent.pdf, format: pdf }\nmoreInfoUrl: /aides/")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        #expect(lines == ["aides/pret-emploi.md:16:30: Le lien « /media/absent.pdf » ne mène à aucune page ni à aucun fichier du site."])
    }

    @Test func mediaAndAssetsThatExistAreAccepted() async throws {
        let aid = TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil]\ndocuments:\n  - { title: Règlement, url: /media/reglement.pdf, format: pdf }")
            .replacingOccurrences(of: "voir [le guide](../pages/a-propos.md)", with: "voir [la feuille de style](/assets/relais.css) et [l'absente](/assets/absente.css)")
        let site = try TestSite(["aides/pret-emploi.md": aid, "media/reglement.pdf": "%PDF-1.4"])
        defer { site.remove() }
        let report = await site.build()
        #expect(site.lines(report) == ["aides/pret-emploi.md:19:101: Le lien « /assets/absente.css » ne mène à aucune page du site."])
    }
}

@Suite("Accessibility statement")
struct AccessibilityStatementTests {
    @Test func writtenByRelaisWhenTheContentHasNone() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("accessibilite/index.html"))
        #expect(page.first("h1")?.text == "Déclaration d’accessibilité")
        #expect(page.text.contains("est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1"))
        #expect(page.all("a").contains { $0["href"] == "mailto:accueil@example.org" })
        let home = try HTMLTree.parse(try site.page("index.html"))
        #expect(home.first("footer")?.all("a").contains { $0["href"] == "/accessibilite/" && $0.text == "Accessibilité\u{00A0}: non conforme" } == true)
    }

    @Test func statusAndAuditDateComeFromSiteYaml() async throws {
        let config = TestSite.minimal["site.yaml"]! + "\naccessibility: { status: partiellementConforme, auditDate: 2023-03-01 }\n"
        let site = try TestSite(["site.yaml": config])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("accessibilite/index.html"))
        #expect(page.text.contains("est partiellement conforme avec le référentiel"))
        #expect(page.text.contains("audit mené le 1er mars 2023"))
        let home = try HTMLTree.parse(try site.page("index.html"))
        #expect(home.first("footer")?.text.contains("Accessibilité\u{00A0}: partiellement conforme") == true)
    }
}

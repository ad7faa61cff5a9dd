import Foundation
@testable import RelaisCore
import Testing

/// `/donnees/`: the aids in the national `dispositif-aide` CSV schema, in JSON, described by a Data Package, and
/// the page that presents them. Files are read back by Python's csv and json modules and by frictionless.
@Suite("Open data")
struct OpenDataTests {
    let nb = Space.noBreak, nnb = Space.narrow
    static let alixioURL = "https://guide-aides.example.org/aides/alixio-emplois-cdi/"

    @Test func exampleCSVFollowsTheNationalSchema() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.published)
        let path = "\(output)/donnees/aides.csv"
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 without a byte-order mark")
        #expect(bytes.suffix(2) == [13, 10], "every record ends with CRLF")
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(DispositifAideSchema.columnNames.joined(separator: ",") + "\r\n"))

        let csv = try CSVReading.read(path)
        #expect(csv.unexpectedErrors.map { "\($0.rowNumber ?? 0) \($0.fieldName ?? "") \($0.type): \($0.note)" } == [])
        #expect(csv.header == DispositifAideSchema.columnNames)
        #expect(csv.frictionlessDialect["delimiter"] == ",")
        #expect(csv.rows.count == 9 && csv.frictionlessRows.count == 9)
        for (row, facts) in zip(csv.rows, csv.facts) {
            #expect(row["id"] == facts.uuidFromURL, "the id is uuid5(NAMESPACE_URL, page URL)")
        }

        let index = try #require(csv.rows.firstIndex { $0["url_source"] == Self.alixioURL })
        let row = csv.rows[index]
        #expect(row["titre"] == "Prêt et subvention pour créer des emplois en CDI dans le Val-de-Marne et l’Essonne")
        #expect(row["promesse"] == "Financez votre besoin en fonds de roulement quand vous créez au moins trois CDI.")
        let description = row["description"] ?? ""
        #expect(description.hasPrefix("Trois volets complémentaires"))
        #expect(description.contains("• Prêt à taux zéro de 15\(nnb)000\(nb)€ par emploi créé, plafonné à 225\(nnb)000\(nb)€, sur 5 ans"))
        #expect(description.contains("Statut au 15 juin 2023\(nb): ouverte."))
        #expect(description.contains("• Chargé de mission revitalisation (À contacter de la part du Grand-Orly Seine Bièvre), Alixio\(nb): "))
        #expect(row["eligibilite"]?.hasSuffix("• Taille d’entreprise\(nb): PME.\n• Conditions d’emploi\(nb): au moins 3 créations nettes d’emploi en CDI dans les 2 ans.") == true)
        #expect(row["types_aides"] == "prêt|financement")
        #expect(row["programmes_parents"] == "Revitalisation des bassins d’emploi")
        #expect(row["cibles"] == "professionnels")
        #expect(row["eligibilite_geographique"] == "DEP-94|DEP-91")
        #expect(row["eligibilite_geographique_exclusions"] == "")
        #expect(row["date_ouverture"] == "")
        #expect(row["date_cloture"] == "2023-12-31T23:59:59+01:00")
        #expect(row["date_mise_a_jour"] == "2022-12-05T00:00:00+01:00")
        #expect(csv.facts[index].porteurs == [CSVReading.Porteur(nom: "Alixio", siren: nil, roles: ["instructeur"])])
        #expect(csv.facts[index].dates["date_cloture"] == "2023-12-31T23:59:59+01:00")
        #expect(csv.frictionlessRows[index]["date_cloture"] == "2023-12-31T23:59:59+01:00")
        #expect(csv.frictionlessRows[index]["titre"] == row["titre"])

        let appui = try #require(csv.rows.firstIndex { $0["url_source"]?.hasSuffix("/aides/appui-rh-tpe-pme/") == true })
        #expect(csv.facts[appui].porteurs.first?.siren == "200058014")
        #expect(csv.rows[appui]["eligibilite_geographique"] == "EPCI-200058014")
    }

    @Test func exampleJSONHoldsEveryAidWithNumbersAndCodes() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let path = "\(output)/donnees/aides.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains(Repository.content), "no path of the build machine is published")
        let json = try PythonReader.read(JSONReading.self, script: "read_aides_json.py", [path])
        #expect(json.topKeys == ["aids", "buildDate", "guide", "lastModified", "licence"])
        #expect(json.buildDate == "2023-06-15" && json.licence == "etalab-2.0")
        #expect(json.aids.count == 9)
        let alixio = try #require(json.aids.first { $0.id == "alixio-emplois-cdi" })
        #expect(alixio.statusCode == "open")
        #expect(alixio.uuid == NameBasedUUID.forURL(Self.alixioURL))
        let loan = try #require(alixio.amounts.first { $0.kind == "loan" && $0.key == "amount" })
        #expect(loan.value == 15000 && loan.type == "int")
        #expect(alixio.amounts.contains { $0.key == "cap" && $0.value == 225_000 && $0.type == "int" })
        #expect(alixio.territories == [.init(code: "DEP-94", name: "Val-de-Marne (94)"), .init(code: "DEP-91", name: "Essonne (91)")])
        #expect(alixio.contactNames == ["Chargé de mission revitalisation"])
        let known = Set(OpenDataAid.CodingKeys.allCases.map(\.stringValue))
        for aid in json.aids { #expect(Set(aid.keys).isSubset(of: known), "\(aid.id): \(Set(aid.keys).subtracting(known))") }
        #expect(Set(json.aids.flatMap(\.keys)).isSuperset(of: ["id", "uuid", "status", "financialComponents", "territories", "contacts", "dates"]))
    }

    /// `aides.json` keeps every field of the record's aid but its content path: a field added to `RecordAid`
    /// must be added to `OpenDataAid` too.
    @Test func jsonAidNamesEveryRecordField() async throws {
        let record = try await Repository.exampleRecord()
        let aid = try #require(record.aids.first)
        let recordFields = Set(Mirror(reflecting: aid).children.compactMap(\.label)).subtracting(["sourceFile"])
        #expect(Set(OpenDataAid.CodingKeys.allCases.map(\.stringValue)) == recordFields.union(["uuid"]))
    }

    @Test func dataPackageValidatesWithFrictionless() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let package = try PythonReader.read(PackageReading.self, script: "validate_datapackage.py",
                                            ["\(output)/donnees/datapackage.json", OpenDataFixtures.schemaPath])
        #expect(package.valid, "\(package.errors.map(\.note)) \(package.tasks.flatMap(\.errors).map(\.note))")
        // indicateurs.csv is checked against its own inline schema: the basins' series, a number in `valeur`.
        #expect(package.tasks.map(\.name) == ["aides-csv", "aides-json", "indicateurs-csv"] && package.tasks.allSatisfy(\.valid))
        #expect(package.resources.map(\.path) == ["aides.csv", "aides.json", "indicateurs.csv"])
        #expect(package.resources.map(\.mediatype) == ["text/csv", "application/json", "text/csv"])
        #expect(package.resources.allSatisfy { $0.encoding == "utf-8" })
        #expect(package.licenses == ["etalab-2.0"])
        #expect(package.title == "Données ouvertes – Guide des aides à l’emploi et au développement économique")
        #expect(package.schemaDifferences == [], "the inline schema is the national one")
    }

    /// Formulas at the start of title, promise, eligibility and description are defused; separators, quotes and
    /// line breaks round-trip through Python's csv module and frictionless.
    @Test func formulasAreDefusedAndCellsRoundTrip() async throws {
        let title = "=HYPERLINK(\"http://x\",\"y\"), titre\r\nsur deux lignes"
        let aid = TestSite.aid
            .replacingLine(containing: "title:", with: #"title: "=HYPERLINK(\"http://x\",\"y\"), titre\r\nsur deux lignes""#)
            .replacingLine(containing: "promise:", with: #"promise: "+33 1 99 00 00 00, \"appelez\"""#)
            .replacingLine(containing: "eligibility:", with: #"eligibility: "-2+3 \"PME\", du territoire""#)
            .replacingLine(containing: "- { kind: loan", with: #"  - { kind: loan, amount: 15000, per: jobCreated, note: "=1+1, \"note\"\r\nsuite" }"#)
            .replacingLine(containing: "Le prêt finance", with: "@SUM(1,2) Le prêt, \"dit\", finance.")
        let site = try TestSite(["aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        let path = "\(site.output)/donnees/aides.csv"
        let raw = try String(contentsOfFile: path, encoding: .utf8)
        #expect(raw.contains(#","'=HYPERLINK(""http://x"",""y""), titre"# + "\r\nsur deux lignes\","))

        let csv = try CSVReading.read(path)
        #expect(csv.unexpectedErrors.map(\.note) == [])
        let row = try #require(csv.rows.first)
        #expect(row["titre"] == "'" + title)
        #expect(row["promesse"] == "'+33 1 99 00 00 00, \"appelez\"")
        #expect(row["eligibilite"] == "'-2+3 \"PME\", du territoire")
        #expect(row["description"]?.hasPrefix("'@SUM(1,2) Le prêt, \"dit\", finance.\n\n") == true)
        // Inside a cell, a formula sign is harmless and left as written.
        #expect(row["description"]?.contains("par emploi créé\(nb): =1+1, \"note\"\r\nsuite") == true)
        let read = try #require(csv.frictionlessRows.first)
        for column in ["titre", "promesse", "eligibilite", "description"] { #expect(read[column] == row[column], "\(column)") }
    }

    @Test func corsicanCodesAreWrittenAndWarnedWhereTheyAreWritten() async throws {
        let aid = TestSite.aid.replacingLine(containing: "territories:", with: "territories: [DEP-2A, corse-nord]")
        let basin = TestSite.basin("codes: { cog: [DEP-2B] }")
        let site = try TestSite(["aides/pret-emploi.md": aid, "bassins/corse-nord.md": basin])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded && report.published)
        let lines = site.lines(report)
        #expect(lines == [
            "aides/pret-emploi.md:10:15: Le code « DEP-2A » sera écrit tel quel dans les données ouvertes (aides.csv), mais le schéma national dispositif-aide le refuse : il n'admet que des chiffres après le tiret.",
            "aides/pret-emploi.md:10:23: Le bassin « corse-nord » compte le code « DEP-2B », qui sera écrit tel quel dans les données ouvertes (aides.csv), mais le schéma national dispositif-aide le refuse : il n'admet que des chiffres après le tiret.",
        ])
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning && $0.step == .validate && $0.hint?.contains("REG-94") == true })

        let csv = try CSVReading.read("\(site.output)/donnees/aides.csv")
        #expect(csv.rows.first?["eligibilite_geographique"] == "DEP-2A|DEP-2B")
        #expect(csv.errors.count == 1 && csv.unexpectedErrors.isEmpty, "only the documented pattern error")
    }

    @Test func basinWithoutCodesIsWarnedAbout() async throws {
        let aid = TestSite.aid.replacingLine(containing: "territories:", with: "territories: [sans-code]")
        let site = try TestSite(["aides/pret-emploi.md": aid, "bassins/sans-code.md": TestSite.basin("")])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(report.succeeded)
        #expect(site.lines(report) == [
            "aides/pret-emploi.md:10:15: Le bassin « sans-code » n'a aucun code de territoire : cette aide n'aura pas de couverture géographique (eligibilite_geographique) dans les données ouvertes.",
        ])
    }

    @Test func openDataPageDescribesTheFiles() async throws {
        let page = try await ExampleSite.shared.page("/donnees/")
        #expect(page.first("h1")?.text == "Données ouvertes")
        #expect(page.first("main")?.first("time")?["datetime"] == "2023-06-15")
        let tables = page.all("table")
        #expect(tables.count == 2)
        let columns = try #require(tables.first)
        #expect(columns.first("caption")?.text == "Colonnes du fichier aides.csv")
        #expect(columns.all { $0.name == "th" && $0["scope"] == "row" }.map(\.text) == DispositifAideSchema.columnNames)
        #expect(columns.all { $0.name == "th" && $0["scope"] == "col" }.map(\.text) == ["Colonne", "Contenu"])
        #expect(tables.last?.first("caption")?.text == "Champs du fichier aides.json")
        let links = page.first("main")?.all("a").compactMap { $0["href"] } ?? []
        for path in ["/donnees/aides.csv", "/donnees/aides.json", "/donnees/datapackage.json", "/evenements/calendrier.ics",
                     "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"] {
            #expect(links.contains(path), "\(path)")
        }
        #expect(page.byID("licence")?.text == "Licence")
        #expect(page.first("main")?.text.contains("Licence Ouverte 2.0") == true)

        let home = try await ExampleSite.shared.page("/")
        #expect(home.first("footer")?.all("a").contains { $0["href"] == "/donnees/" && $0.text == "Données ouvertes" } == true)
        let siteMap = try await ExampleSite.shared.page("/plan-du-site/")
        #expect(siteMap.first("main")?.all("a").contains { $0["href"] == "/donnees/" && $0.text == "Données ouvertes" } == true)
    }
}

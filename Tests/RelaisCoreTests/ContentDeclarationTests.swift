import Foundation
@testable import RelaisCore
import Testing

/// One declaration per content kind drives the reader, `relais schema` and the guide's key tables: the guide says
/// what the declaration says, and the JSON Schemas, checked by an independent validator (Python's jsonschema),
/// accept every example file and refuse each bad sample that the reader refuses.
@Suite("Content declarations")
struct ContentDeclarationTests {
    @Test func theGuidesKeyTablesAreTheDeclarations() throws {
        let guide = try String(contentsOf: Repository.root.appendingPathComponent("docs/guide-redaction.md"), encoding: .utf8)
        let start = try #require(guide.range(of: GuideKeyTables.start)), end = try #require(guide.range(of: GuideKeyTables.end))
        let written = String(guide[start.lowerBound..<end.upperBound]) + "\n"
        #expect(written == GuideKeyTables.markdown(), "Le guide ne suit plus la déclaration des contenus : lancez `make guide`.")
        for key in ["`aidTypes`", "`financialComponents`", "`consentToPublish`", "`keyFigures`", "`pilotTerritories`", "`navigation`"] {
            #expect(written.contains("| \(key) |"), "\(key)")
        }
    }

    /// Every key a reader asks for is declared, and every declared key is asked for: `MappingReader` asserts both
    /// in debug builds, so reading every example file proves them.
    @Test func everyExampleFileIsReadThroughItsDeclaration() async throws {
        let record = try await Repository.exampleRecord()
        #expect(record.aids.count > 5)
    }

    /// The schemas of a folder of content, written as `relais schema` writes them.
    static func schemas() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-schemas-\(UUID().uuidString)")
        _ = try SchemaFiles.write(to: folder.path)
        return folder
    }

    struct Verdicts: Decodable {
        let errors: [String: [String]]
        init(from decoder: Decoder) throws { errors = try [String: [String]](from: decoder) }
    }

    static func validate(_ files: [(schema: String, path: String)], schemas: URL) throws -> [String: [String]] {
        try PythonReader.read(Verdicts.self, script: "validate_schemas.py", [schemas.path] + files.map { "\($0.schema)=\($0.path)" }).errors
    }

    @Test func schemasAcceptEveryExampleFile() throws {
        let schemas = try Self.schemas()
        defer { try? FileManager.default.removeItem(at: schemas) }
        var files: [(String, String)] = [("site.schema.json", Repository.content + "/site.yaml"),
                                         ("organisations.schema.json", Repository.content + "/organisations.yaml")]
        for kind in ContentKind.allCases {
            let folder = Repository.content + "/" + kind.rawValue
            for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".md") {
                files.append((kind.schemaName, folder + "/" + name))
            }
        }
        #expect(files.count > 20)
        let verdicts = try Self.validate(files, schemas: schemas)
        #expect(verdicts.count == files.count)
        for (path, errors) in verdicts { #expect(errors.isEmpty, "\(path): \(errors)") }
    }

    /// A bad sample: a change to an example file that the reader refuses.
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        let change: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "clé inconnue", file: "aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recurrence:", with: "recurence:") },
        Sample(name: "clé obligatoire absente", file: "aides/alixio-emplois-cdi.md") { $0.removingLine(containing: "promise:") },
        Sample(name: "valeur hors liste", file: "aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "aidTypes: [loan, grant]", with: "aidTypes: [loan, pret]") },
        Sample(name: "liste obligatoire vide", file: "aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "aidTypes: [loan, grant]", with: "aidTypes: []") },
        Sample(name: "titre trop long", file: "aides/alixio-emplois-cdi.md") { $0.replacingLine(containing: "title:", with: "title: \"\(String(repeating: "Prêt ", count: 40))\"") },
        Sample(name: "date mal écrite", file: "aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "closingDate: 2023-12-31", with: "closingDate: 31/12/2023") },
        Sample(name: "montant sous 1 €", file: "aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "amount: 15000", with: "amount: 0.5") },
        Sample(name: "durée nulle", file: "aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "durationMonths: 60", with: "durationMonths: 0") },
        Sample(name: "texte vide", file: "aides/alixio-emplois-cdi.md") { $0.replacingLine(containing: "promise:", with: "promise: \"  \"") },
        Sample(name: "liste écrite comme un texte", file: "evenements/20-ans-revitalisation.md") { $0.replacingLine(containing: "organizers:", with: "organizers: dgefp") },
        Sample(name: "oui au lieu de true", file: "evenements/20-ans-revitalisation.md") { $0.replacingOccurrences(of: "required: true", with: "required: oui") },
        Sample(name: "heure mal écrite", file: "evenements/20-ans-revitalisation.md") { $0.replacingOccurrences(of: "start: 2022-12-01T13:30", with: "start: 2022-12-01 13h30") },
        Sample(name: "pourcentage au-delà de 100", file: "bassins/bassin-minier-nord-pas-de-calais.md") { $0.replacingOccurrences(of: "share: 25", with: "share: 125") },
        Sample(name: "clé inconnue dans un groupe", file: "programmes/creer.md") { $0.replacingOccurrences(of: "frequency:", with: "frequence:") },
    ]

    @Test(arguments: samples)
    func schemasRefuseWhatTheReaderRefuses(_ sample: Sample) async throws {
        let original = try String(contentsOfFile: Repository.content + "/" + sample.file, encoding: .utf8)
        let changed = sample.change(original)
        #expect(changed != original, "l'échantillon ne change rien")
        let project = try IncrementalBuildTests.Project()
        defer { project.remove() }
        try project.write(changed, to: "Content/" + sample.file)
        let report = await project.build(cache: false)
        #expect(!report.published, "le lecteur accepte l'échantillon « \(sample.name) »")
        let schemas = try Self.schemas()
        defer { try? FileManager.default.removeItem(at: schemas) }
        let kind = try #require(ContentKind(rawValue: String(sample.file.prefix { $0 != "/" })))
        let path = project.content + "/" + sample.file
        let verdicts = try Self.validate([(kind.schemaName, path)], schemas: schemas)
        #expect(verdicts[path]?.isEmpty == false, "le schéma accepte l'échantillon « \(sample.name) »")
    }
}

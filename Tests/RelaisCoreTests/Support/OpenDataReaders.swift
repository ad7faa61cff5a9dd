import Foundation

/// What `Tests/Python/read_aides_csv.py` prints: the rows as Python's csv module and frictionless read them.
struct CSVReading: Decodable {
    struct Facts: Decodable {
        let uuidFromURL: String
        let porteurs: [Porteur]
        let dates: [String: String?]
    }
    struct Porteur: Decodable, Equatable {
        let nom: String
        let siren: String?
        let roles: [String]
    }
    struct SchemaError: Decodable {
        let type: String
        let fieldName: String?
        let rowNumber: Int?
        let cell: String?
        let note: String
    }
    let header: [String]
    let rows: [[String: String]]
    let facts: [Facts]
    let frictionlessRows: [[String: String?]]
    let frictionlessDialect: [String: String]
    let errors: [SchemaError]

    /// The schema errors other than the documented one: Corsica's codes refused by the national pattern.
    var unexpectedErrors: [SchemaError] {
        errors.filter { error in
            !(error.type == "constraint-error" && error.fieldName == "eligibilite_geographique"
              && (error.cell ?? "").split(separator: "|").contains { $0.contains("2A") || $0.contains("2B") })
        }
    }

    static func read(_ csvPath: String) throws -> CSVReading {
        try PythonReader.read(CSVReading.self, script: "read_aides_csv.py", [csvPath, OpenDataFixtures.schemaPath])
    }
}

/// What `Tests/Python/read_aides_json.py` prints.
struct JSONReading: Decodable {
    struct Amount: Decodable { let kind: String; let key: String; let value: Decimal; let type: String }
    struct Territory: Decodable, Equatable { let code: String; let name: String }
    struct Aid: Decodable {
        let keys: [String]
        let id: String
        let uuid: String
        let title: String
        let statusCode: String
        let amounts: [Amount]
        let territories: [Territory]
        let contactNames: [String]
    }
    let topKeys: [String]
    let buildDate: String
    let licence: String
    let aids: [Aid]
}

/// What `Tests/Python/validate_datapackage.py` prints.
struct PackageReading: Decodable {
    struct Task: Decodable { let name: String; let type: String; let valid: Bool; let errors: [Note] }
    struct Note: Decodable { let type: String; let note: String }
    struct Resource: Decodable { let name: String; let path: String; let format: String; let mediatype: String; let encoding: String }
    let valid: Bool
    let errors: [Note]
    let tasks: [Task]
    let resources: [Resource]
    let licenses: [String]
    let title: String
    let schemaDifferences: [String]
}

/// The national schema copied into the tests, so they do not depend on anything outside the repository.
enum OpenDataFixtures {
    static var schemaPath: String { Repository.root.appendingPathComponent("Tests/Fixtures/dispositif-aide/schema.json").path }
}

/// A Frictionless Table Schema descriptor, as much of it as Relais writes.
struct TableSchema: Sendable, Encodable {
    struct Constraints: Sendable, Encodable {
        var required: Bool?
        var unique: Bool?
        var maxLength: Int?
        var pattern: String?
    }

    struct Field: Sendable, Encodable {
        let name: String
        let title: String
        let type: String
        var format: String?
        var constraints: Constraints?
    }

    let name: String
    let title: String
    let version: String
    let homepage: String
    let fields: [Field]
    /// Only an empty cell is missing: `NA` or `-` are values.
    let missingValues: [String]
}

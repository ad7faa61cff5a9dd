/// The keys of one content kind, or of one group of keys inside it (a financial component, a venue), declared
/// once: `MappingReader` reads a mapping through it and reports any other key; `JSONSchemaWriter`, `relais new`
/// and the authoring guide's key tables are written from it.
struct MappingDeclaration: Sendable {
    /// Its French name in the guide and the schemas (« aide », « volet financier »).
    let name: String
    let fields: [FieldDeclaration]
    /// The keys in alphabetical order, for "the possible keys are…" hints.
    let sortedKeys: [String]
    /// Each key's field: every value of every file is read through `field(_:)`.
    private let positions: [String: Int]

    init(_ name: String, _ fields: [FieldDeclaration]) {
        self.name = name
        self.fields = fields
        sortedKeys = fields.map(\.key).sorted()
        positions = Dictionary(fields.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    func field(_ key: String) -> FieldDeclaration? { positions[key].map { fields[$0] } }

    var keys: [String] { fields.map(\.key) }

    /// The keys of a file: those of its kind, then those every content file has (`dateModified`, `draft`).
    func adding(_ other: MappingDeclaration) -> MappingDeclaration {
        MappingDeclaration(name, fields + other.fields)
    }
}

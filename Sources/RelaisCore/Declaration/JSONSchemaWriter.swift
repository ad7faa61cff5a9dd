/// JSON Schemas (draft 2020-12) written from the declarations, with French descriptions and the allowed values,
/// so that an editor with a YAML language server checks and completes front matter as it is typed. They say
/// what a schema can: keys, types, formats, allowed values, lengths and counts. What needs the rest of the site
/// (that an id exists) or ties keys together (a closing date unless the aid is permanent) stays with `relais check`,
/// and the descriptions say it.
enum JSONSchemaWriter {
    /// A schema file: its name in `Content/.schemas/`, and what it describes.
    struct File: Sendable {
        let name: String
        let title: String
        let declaration: MappingDeclaration
        /// organisations.yaml: a mapping of ids to organisations.
        var keyedByID = false
    }

    static let files: [File] = ContentKind.allCases.map { kind in
        File(name: kind.schemaName, title: "Un fichier de \(kind.rawValue)/ (\(kind.declaration.name))", declaration: kind.declaration)
    } + [
        File(name: "site.schema.json", title: "site.yaml", declaration: SiteConfig.declaration),
        File(name: "organisations.schema.json", title: "organisations.yaml", declaration: Organisation.declaration, keyedByID: true),
    ]

    static func schema(of file: File) -> SchemaValue {
        let body = file.keyedByID ? keyed(.mapping(file.declaration)) : object(file.declaration)
        guard case .object(let pairs) = body else { return body }
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://relais.example/schemas/\(file.name)")),
            ("title", .string(file.title)),
        ] + pairs)
    }

    static let identifierPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

    private static func object(_ declaration: MappingDeclaration) -> SchemaValue {
        var pairs: [(String, SchemaValue)] = [("type", .string("object"))]
        pairs.append(("properties", .object(declaration.fields.map { ($0.key, property($0)) })))
        let required = declaration.fields.filter(\.isRequired).map { SchemaValue.string($0.key) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        pairs.append(("additionalProperties", .bool(false)))
        return .object(pairs)
    }

    private static func keyed(_ shape: ValueShape) -> SchemaValue {
        .object([("type", .string("object")), ("propertyNames", .object([("pattern", .string(identifierPattern))])),
                 ("additionalProperties", value(shape))])
    }

    private static func property(_ field: FieldDeclaration) -> SchemaValue {
        guard case .object(var pairs) = value(field.shape) else { return value(field.shape) }
        var description = field.summary
        switch field.requirement {
        case .required: description += " Obligatoire."
        case .optional: break
        case .conditional(let condition): description += " Obligatoire \(condition)."
        }
        if case .choice(let choices) = field.shape, choices.contains(where: { $0.label != nil }) {
            description += " " + choices.map { "\($0.value) : \($0.label ?? $0.value)" }.joined(separator: " ; ") + "."
        }
        pairs.insert(("description", .string(description)), at: 0)
        if let maxLength = field.maxLength { pairs.append(("maxLength", .integer(maxLength))) }
        if let minimum = field.minimum { pairs.append(("minimum", .integer(minimum))) }
        if let minItems = field.minItems { pairs.append(("minItems", .integer(minItems))) }
        return .object(pairs)
    }

    private static func string(pattern: String? = nil, format: String? = nil) -> SchemaValue {
        var pairs: [(String, SchemaValue)] = [("type", .string("string"))]
        // Relais refuses a text that is only spaces.
        pairs.append(("pattern", .string(pattern ?? "\\S")))
        if let format { pairs.append(("format", .string(format))) }
        return .object(pairs)
    }

    static func value(_ shape: ValueShape) -> SchemaValue {
        switch shape {
        case .text, .markdown: string()
        case .integer: .object([("type", .string("integer"))])
        case .number: .object([("type", .string("number"))])
        case .amount: .object([("type", .string("number")), ("minimum", .integer(1))])
        case .percent: .object([("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(100))])
        case .boolean: .object([("type", .string("boolean"))])
        case .year: .object([("type", .string("integer")), ("minimum", .integer(1900)), ("maximum", .integer(2999))])
        case .date: string(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", format: "date")
        case .dateTime: string(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$")
        case .time: string(pattern: "^[0-9]{2}:[0-9]{2}$")
        case .url: string(pattern: "^(https?://[^\\s]+|mailto:[^\\s]+@[^\\s]+|tel:\\+[0-9]+|/(?!/)[^\\s]*)$")
        case .email: string(pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", format: "email")
        case .phone: string(pattern: "^\\+[0-9]{6,15}$")
        case .territory: string(pattern: "^(FR|UE|(DEP|REG|EPCI|COM|ZE)-[0-9A-Z]+|[a-z0-9]+(-[a-z0-9]+)*)$")
        case .reference(.csvFile): string(pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")
        case .reference: string(pattern: "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")
        case .choice(let choices): .object([("enum", .array(choices.map { .string($0.value) }))])
        case .list(let element): .object([("type", .string("array")), ("items", value(element))])
        case .mapping(let declaration): object(declaration)
        case .keyed(let element): keyed(element)
        case .either(let shapes): .object([("anyOf", .array(shapes.map(value)))])
        }
    }
}

extension ContentKind {
    /// `aides.schema.json`…
    var schemaName: String { "\(rawValue).schema.json" }
}

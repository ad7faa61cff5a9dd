/// The national schema `etalab/schema-dispositif-aide` v0.2.0 (Licence Ouverte 2.0): the columns of
/// `aides.csv`, in order, with their types and constraints as the schema states them, inlined in
/// `datapackage.json`. Its field descriptions are long French texts left to the schema itself (`homepage`).
enum DispositifAideSchema {
    /// The national pattern of territory codes: letters, a hyphen, digits (Corsica's `DEP-2A` does not fit).
    static let territoryPattern = #"^[A-Z]+-\d+(\|[A-Z]+-\d+)*$"#
    static let audiencePattern =
        #"^(professionnels|particuliers|associations|secteur public)(\|(professionnels|particuliers|associations|secteur public))*$"#
    static let homepage = "https://github.com/etalab/schema-dispositif-aide"
    static let schemaURL = "https://github.com/etalab/schema-dispositif-aide/raw/v0.2.0/build/dispositif-aide/schema.json"

    typealias Field = TableSchema.Field
    typealias Constraints = TableSchema.Constraints

    static let fields: [Field] = [
        Field(name: "id", title: "Identifiant", type: "string", format: "uuid", constraints: Constraints(required: true, unique: true)),
        Field(name: "titre", title: "Titre", type: "string", constraints: Constraints(required: true)),
        Field(name: "promesse", title: "Promesse", type: "string", constraints: Constraints(maxLength: 180)),
        Field(name: "description", title: "Description", type: "string", constraints: Constraints(required: true, maxLength: descriptionMaxLength)),
        Field(name: "eligibilite", title: "Critères d’éligibilité", type: "string", constraints: Constraints(required: true)),
        Field(name: "types_aides", title: "Types d'aides", type: "string", constraints: Constraints(required: true)),
        Field(name: "porteurs", title: "Porteurs", type: "string", constraints: Constraints(required: true)),
        Field(name: "programmes_parents", title: "Programmes parents et régime d'aides", type: "string"),
        Field(name: "url_source", title: "URL Source", type: "string", format: "uri"),
        Field(name: "cibles", title: "Bénéficiaires", type: "string", constraints: Constraints(required: true, pattern: audiencePattern)),
        Field(name: "eligibilite_geographique", title: "Couverture géographique de l’aide", type: "string",
              constraints: Constraints(required: true, pattern: territoryPattern)),
        Field(name: "eligibilite_geographique_exclusions", title: "Couverture géographique de l’aide - Exclusions", type: "string",
              constraints: Constraints(pattern: territoryPattern)),
        Field(name: "date_ouverture", title: "Date d’ouverture", type: "datetime"),
        Field(name: "date_cloture", title: "Date de fin", type: "datetime"),
        Field(name: "date_mise_a_jour", title: "Date de dernière mise à jour", type: "datetime", constraints: Constraints(required: true)),
    ]

    /// `description` holds at most 5,000 characters (counted as Unicode scalars, as the validators count them).
    static let descriptionMaxLength = 5_000

    static let columnNames: [String] = fields.map(\.name)

    static let schema = TableSchema(name: "dispositif-aide", title: "Dispositifs d'aides", version: "v0.2.0", homepage: homepage,
                                    fields: fields, missingValues: [""])
}

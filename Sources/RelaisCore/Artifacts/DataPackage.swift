/// `/donnees/datapackage.json`: a Frictionless Data Package describing the open-data files beside it, with the
/// CSV's schema inline, so that `frictionless validate datapackage.json` checks the whole folder offline.
struct DataPackage: Sendable, Encodable {
    struct Dialect: Sendable, Encodable {
        let delimiter = ","
        let lineTerminator = "\r\n"
        let quoteChar = "\""
        let doubleQuote = true
        let header = true
    }

    struct Source: Sendable, Encodable {
        let title: String
        let path: String
    }

    struct Resource: Sendable, Encodable {
        let name: String
        let title: String
        let description: String
        /// Relative to `datapackage.json`.
        let path: String
        let format: String
        let mediatype: String
        let encoding = "utf-8"
        let profile: String
        var schema: TableSchema?
        var dialect: Dialect?
        var sources: [Source]?
    }

    struct Contributor: Sendable, Encodable {
        let title: String
        let role: String
    }

    let profile = "data-package"
    let name: String
    let title: String
    let description: String
    let homepage: String
    /// The build date, as RFC 3339 requires: midnight in Paris.
    let created: String
    let licenses: [OpenDataLicence]
    let contributors: [Contributor]
    let resources: [Resource]

    init(record: RecordReader) {
        let site = record.site
        name = Self.packageName(host: site.host)
        title = "Données ouvertes – \(site.title)"
        description = "Les aides du guide « \(site.title) » en données ouvertes : aides.csv au schéma national dispositif-aide, "
            + "aides.json avec toutes les données de chaque aide, indicateurs.csv avec les séries des bassins. Générées le \(record.buildDate.iso)."
        homepage = SiteURLs(baseURL: site.baseURL).absolute(OpenDataPlanner.folder)
        created = ParisDateTime.startOfDay(record.buildDate)
        licenses = [.etalab]
        contributors = [Contributor(title: site.publisher?.name ?? site.title, role: "publisher")]
        resources = [
            Resource(name: "aides-csv", title: "Aides (schéma national dispositif-aide)",
                     description: "Une ligne par aide, dans les colonnes du schéma national dispositif-aide v0.2.0.",
                     path: "aides.csv", format: "csv", mediatype: "text/csv", profile: "tabular-data-resource",
                     schema: DispositifAideSchema.schema, dialect: Dialect(),
                     sources: [Source(title: "Schéma national dispositif-aide v0.2.0", path: DispositifAideSchema.schemaURL)]),
            Resource(name: "aides-json", title: "Aides (toutes les données)",
                     description: "Chaque aide avec ses montants, son statut, ses territoires, ses porteurs et ses contacts publiés.",
                     path: "aides.json", format: "json", mediatype: "application/json", profile: "data-resource"),
            Resource(name: "indicateurs-csv", title: "Indicateurs des bassins d'emploi",
                     description: "Une ligne par valeur des séries des bassins : bassin, indicateur, période, valeur, unité, statut et source.",
                     path: "indicateurs.csv", format: "csv", mediatype: "text/csv", profile: "tabular-data-resource",
                     schema: IndicatorsCSV.schema(homepage: homepage), dialect: Dialect()),
        ]
    }

    /// A package name is lower-case letters, digits, `-`, `_` and `.`: the site's host, made to fit.
    static func packageName(host: String) -> String {
        let name = String(host.lowercased().unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" ? Character(scalar) : "-"
        })
        return name.isEmpty ? "aides" : "aides-" + name
    }

    static func write(_ record: RecordReader) -> String { OpenDataJSON.encode(DataPackage(record: record)) }
}

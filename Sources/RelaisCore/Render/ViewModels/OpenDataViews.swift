/// `/donnees/`: what each open-data file holds, its columns, its licence and the day it was built.
struct OpenDataPageBody: ViewModel {
    struct File: ViewModel {
        /// The section's anchor.
        let id: String
        let title: String
        let description: String
        let url: String
        /// Explicit out of context: "Télécharger les aides en CSV (aides.csv)".
        let linkLabel: String
        let details: String
        let table: DataTable?
    }
    let title: String
    let intro: String
    /// "Fichiers générés le <time>…</time>…": HTML from Relais's own formatter.
    let builtHTML: String
    let files: [File]
    let licenceText: String
    let licenceURL: String
    let licenceLinkLabel: String
}

extension Presentation {
    func openDataPage() -> PageViewModel<OpenDataPageBody> {
        let count = record.aids.count
        let aids = count == 1 ? "L’aide du guide est publiée" : "Les \(french.integer(count)) aides du guide sont publiées"
        func table(_ caption: String, heading: String, _ rows: [(String, String)]) -> DataTable {
            DataTable(caption: caption, rowHeading: heading, columns: ["Contenu"],
                      rows: rows.map { DataTable.Row(header: $0.0, cells: [text($0.1)]) })
        }
        var files = [
            OpenDataPageBody.File(
                id: "aides-csv", title: "Les aides au schéma national (CSV)",
                description: text("Une ligne par aide, dans les colonnes du schéma national « dispositif-aide » (version 0.2.0), que les services publics d’aides s’échangent. Ce que le schéma ne prévoit pas (statut, montants, contacts…) est écrit en clair dans la description."),
                url: link(OpenDataPlanner.csvPath), linkLabel: "Télécharger les aides en CSV (aides.csv)",
                details: text("CSV, UTF-8, séparateur virgule, listes séparées par |"),
                table: table("Colonnes du fichier aides.csv", heading: "Colonne", Self.csvColumns)),
            OpenDataPageBody.File(
                id: "aides-json", title: "Toutes les données des aides (JSON)",
                description: text("Chaque aide avec toutes ses données : montants en nombres, statut à la date de génération, territoires avec leurs codes et leurs noms, porteurs, programmes et contacts publiés."),
                url: link(OpenDataPlanner.jsonPath), linkLabel: "Télécharger les aides en JSON (aides.json)",
                details: "JSON, UTF-8",
                table: table("Champs du fichier aides.json", heading: "Champ", Self.jsonFields)),
            OpenDataPageBody.File(
                id: "datapackage", title: "La description des fichiers (Data Package)",
                description: text("La description de aides.csv et aides.json au format Data Package de Frictionless Data : titre, licence, format et schéma des colonnes du CSV, de quoi vérifier les fichiers avec l’outil frictionless validate."),
                url: link(OpenDataPlanner.packagePath), linkLabel: "Télécharger la description des fichiers (datapackage.json)",
                details: "JSON, UTF-8", table: nil),
        ]
        // The calendar of all events exists only when there are events (RFC 5545 wants one component at least).
        if !record.events.isEmpty {
            files.append(OpenDataPageBody.File(
                id: "calendrier", title: "Les événements (iCalendar)",
                description: text("Les événements du guide au format iCalendar, à importer dans votre agenda ou à suivre par abonnement."),
                url: link(CalendarPlanner.allEventsPath), linkLabel: "Télécharger le calendrier des événements (calendrier.ics)",
                details: "iCalendar, UTF-8", table: nil))
        }
        let body = OpenDataPageBody(
            title: "Données ouvertes",
            intro: text("\(aids) en données ouvertes, pour que d’autres services puissent les reprendre et les tenir à jour."),
            builtHTML: "Fichiers générés le \(timeHTML(record.buildDate))\u{00A0}: les statuts des aides sont ceux de ce jour-là.",
            files: files,
            licenceText: text("Ces données sont publiées sous la Licence Ouverte 2.0 (Etalab) : vous pouvez les copier, les modifier et les réutiliser librement, même à des fins commerciales, en mentionnant leur source (« \(site.title) ») et la date de leur dernière mise à jour."),
            licenceURL: OpenDataLicence.etalabPage, licenceLinkLabel: "Lire la Licence Ouverte 2.0 sur le site d’Etalab")
        let meta = meta(title: body.title, description: text("Les aides du guide en CSV (schéma national dispositif-aide) et en JSON, sous Licence Ouverte 2.0."),
                        path: OpenDataPlanner.folder)
        return page(meta, body)
    }

    /// What each column of `aides.csv` holds, in the schema's order.
    static let csvColumns: [(String, String)] = [
        ("id", "Identifiant de l’aide : un UUID tiré de l’adresse de sa page, le même d’une génération à l’autre"),
        ("titre", "Titre de l’aide"),
        ("promesse", "Ce que l’aide apporte, en une phrase"),
        ("description", "Description de l’aide, puis son statut, ses types, ses montants, ses publics, ses territoires, ses porteurs, ses adresses, ses contacts et ses documents"),
        ("eligibilite", "Conditions d’éligibilité, avec la taille d’entreprise, les publics prioritaires et les conditions d’emploi"),
        ("types_aides", "Types d’aide du schéma national : financement, prêt, conseil, formation ou assistance"),
        ("porteurs", "Organismes qui portent l’aide, en JSON : nom, SIREN et rôles (financeur, instructeur)"),
        ("programmes_parents", "Programmes qui financent l’aide"),
        ("url_source", "Adresse de la page de l’aide dans le guide"),
        ("cibles", "Bénéficiaires : professionnels, particuliers, associations ou secteur public"),
        ("eligibilite_geographique", "Codes officiels (COG) des territoires couverts, comme DEP-94 ou EPCI-200058014"),
        ("eligibilite_geographique_exclusions", "Territoires exclus : toujours vide, le guide n’en décrit pas"),
        ("date_ouverture", "Date d’ouverture, à minuit, heure de Paris (ISO 8601)"),
        ("date_cloture", "Date limite, incluse : la dernière seconde du jour, heure de Paris (ISO 8601)"),
        ("date_mise_a_jour", "Dernière mise à jour de la fiche (ISO 8601)"),
    ]

    /// The main fields of `aides.json`.
    static let jsonFields: [(String, String)] = [
        ("guide", "Titre, adresse et éditeur du guide"),
        ("buildDate", "Date de génération des fichiers (AAAA-MM-JJ)"),
        ("lastModified", "Dernière modification d’un contenu du guide"),
        ("licence", "Licence des données : Licence Ouverte 2.0 (etalab-2.0)"),
        ("aids", "Les aides, chacune avec les champs qui suivent"),
        ("id, uuid", "Identifiant de l’aide dans le guide, et celui de la colonne id du CSV"),
        ("status", "Statut à la date de génération : code (upcoming, open, closingSoon, closed, ongoing), libellé et date"),
        ("financialComponents", "Montants en euros, en nombres : montant, plafond, taux, durée, territoire et précisions"),
        ("territories", "Territoires : code (DEP-94…), nature et nom"),
        ("backers", "Porteurs : organisme (nom, SIREN) et rôles"),
        ("contacts", "Contacts publiés : nom, rôle, organisme, courriel, téléphone, adresse"),
        ("openingDate, closingDate", "Dates d’ouverture et de clôture (AAAA-MM-JJ)"),
        ("dates", "Dates de publication et de dernière modification de la fiche"),
    ]
}

/// The keys of each kind of new file, in the order of the authoring guide: required keys left empty ("" or []),
/// each with a comment saying what to write and which values are allowed; optional keys commented out.
enum NewFileBodies {
    static func frontMatter(kind: NewContentFile.Kind, title: String, vocabulary: SiteVocabulary) -> String {
        let themes = list(vocabulary.themes, or: "les « id » de taxonomies.themes dans site.yaml")
        let organisations = list(vocabulary.organisations, or: "les identifiants de organisations.yaml")
        let contacts = list(vocabulary.contacts, or: "« organisation/contact », d'après organisations.yaml")
        switch kind {
        case .aid:
            return """
                title: \(title)
                # En une phrase de 160 signes au plus, ce que l'aide apporte.
                promise: ""
                # Une ou plusieurs valeurs parmi : \(AidType.commentList).
                aidTypes: []
                # Les montants, par exemple : - { kind: grant, amount: 5000, per: jobCreated, cap: 25000 }
                # financialComponents: []
                # Une ou plusieurs valeurs parmi : \(Audience.commentList).
                audiences: []
                # companySizes: []   # parmi : \(CompanySize.commentList).
                # Qui peut en bénéficier, en Markdown ; « | » puis des lignes indentées pour plusieurs paragraphes.
                eligibility: ""
                # Parmi : \(themes).
                themes: []
                # Des codes comme DEP-94, REG-11, EPCI-200058014, COM-94041, ou l'identifiant d'un bassin.
                territories: []
                # Qui porte l'aide : organisations parmi \(organisations) ;
                # rôles parmi : \(Backer.Role.commentList).
                backers: []
                # Parmi : \(Recurrence.commentList).
                recurrence: ongoing
                # AAAA-MM-JJ ; obligatoire sauf si recurrence vaut ongoing.
                # closingDate: 
                # openingDate: 
                # applicationUrl: https://…
                # moreInfoUrl: https://…
                # Parmi : \(contacts).
                contacts: []

                """
        case .event:
            return """
                title: \(title)
                # En 300 signes au plus.
                summary: ""
                # Parmi : \(Event.Kind.commentList).
                kind: conference
                # Début et fin, AAAA-MM-JJTHH:MM, heure de Paris (ou le fuseau de « timezone »).
                start: ""
                end: ""
                # Parmi : \(Event.AttendanceMode.commentList).
                attendanceMode: offline
                # Sur place : le lieu. En ligne : onlineUrl: https://…
                venue: { name: "", streetAddress: "", postalCode: "", locality: "" }
                # Parmi : \(organisations).
                organizers: []

                """
        case .basin:
            return """
                name: \(title)
                # En 300 signes au plus.
                summary: ""
                # Parmi : \(Basin.Kind.commentList).
                kind: localBasin
                # codes: { cog: [EPCI-…, DEP-…] }
                # region: ""
                # contacts: []   # parmi : \(contacts).

                """
        case .programme:
            return """
                name: \(title)
                # En 300 signes au plus.
                summary: ""
                # Parmi : \(Programme.Kind.commentList).
                kind: plan
                # Début AAAA-MM-JJ ou AAAA ; la fin est facultative.
                period: { start: "" }
                # Qui pilote le programme, parmi : \(organisations).
                pilots: []
                # Des codes comme DEP-94, REG-11, EPCI-200058014.
                territories: []

                """
        case .news:
            return """
                title: \(title)
                # En 300 signes au plus.
                summary: ""
                # relatedAids: []

                """
        case .page:
            return """
                title: \(title)
                # summary: ""

                """
        }
    }

    static func markdown(kind: NewContentFile.Kind) -> String {
        switch kind {
        case .aid: "## Comment faire\n\nÉcrivez ici les démarches, en Markdown.\n"
        case .event: "Présentez l'événement ici, en Markdown.\n"
        case .basin: "## Le territoire\n\nPrésentez le bassin ici, en Markdown.\n"
        case .programme: "Présentez le programme ici, en Markdown.\n"
        case .news, .page: "Écrivez le texte ici, en Markdown.\n"
        }
    }

    private static func list(_ ids: [String], or description: String) -> String {
        ids.isEmpty ? description : ids.sorted().joined(separator: ", ")
    }
}

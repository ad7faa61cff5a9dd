/// Checks that every id a content file names exists, and says so where it was written.
struct ReferenceChecker {
    let content: ContentSet
    let log: DiagnosticLog
    let organisations: [String: Organisation]
    let contacts: [String: Contact]
    let themes: [String: SiteConfig.Theme]
    private let ids: [ContentKind: Set<String>]

    init(content: ContentSet, log: DiagnosticLog) {
        self.content = content
        self.log = log
        organisations = Dictionary(content.organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        contacts = Dictionary(content.organisations.flatMap(\.contacts).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var themes: [String: SiteConfig.Theme] = [:]
        for theme in content.site.themes {
            if themes[theme.id] != nil {
                log.error(theme.location, "Le thème « \(theme.id) » est déclaré deux fois dans « taxonomies.themes ».",
                          hint: "Gardez une seule entrée par identifiant de thème.")
            }
            themes[theme.id] = theme
        }
        self.themes = themes
        ids = [
            .aid: Set(content.aids.map(\.id)), .event: Set(content.events.map(\.id)), .basin: Set(content.basins.map(\.id)),
            .programme: Set(content.programmes.map(\.id)), .news: Set(content.news.map(\.id)), .page: Set(content.pages.map(\.id)),
        ]
    }

    private func checkAid(_ aid: borrowing Aid) {
        for theme in aid.themes { self.theme(theme) }
        for backer in aid.backers { organisation(backer.organisation, role: "Le porteur") }
        for programme in aid.programmes { item(programme, of: .programme) }
        for contact in aid.contacts { self.contact(contact) }
        for territory in aid.territories { self.territory(territory) }
        for component in aid.financialComponents { if let territory = component.territory { self.territory(territory) } }
        if let source = aid.source { textOrOrganisation(source.organisation) }
    }

    func checkAll() {
        let site = content.site
        organisation(site.publisher, role: "L'éditeur du site (« publisher »)")
        // Each aid read in place: `for file in content.aids` copied every file, retaining each of its fields.
        content.aids.withUnsafeBufferPointer { files in
            for index in files.indices { checkAid(files[index].front) }
        }
        for file in content.events {
            let event = file.front
            for organizer in event.organizers { organisation(organizer, role: "L'organisateur") }
            for id in event.relatedAids { item(id, of: .aid) }
            for id in event.relatedProgrammes { item(id, of: .programme) }
            for id in event.relatedBasins { item(id, of: .basin) }
            for person in event.programme.flatMap({ $0.speakers + $0.moderators }) {
                if let organisation = person.organisation { textOrOrganisation(organisation) }
            }
        }
        for file in content.basins {
            let basin = file.front
            for id in basin.programmes { item(id, of: .programme) }
            for id in basin.contacts { contact(id) }
            for code in basin.cogCodes + basin.subTerritories.compactMap(\.code) { territory(code) }
            for figure in basin.keyFigures { textOrOrganisation(figure.source.organisation) }
            for indicator in basin.indicators { textOrOrganisation(indicator.source.organisation) }
        }
        for file in content.programmes {
            let programme = file.front
            for pilot in programme.pilots { organisation(pilot, role: "Le pilote") }
            for code in programme.territories { territory(code) }
            for carrier in programme.pilotTerritories.flatMap(\.projectCarriers) { textOrOrganisation(carrier) }
        }
        for file in content.news {
            let news = file.front
            for id in news.relatedAids { item(id, of: .aid) }
            for id in news.relatedEvents { item(id, of: .event) }
            for id in news.relatedProgrammes { item(id, of: .programme) }
            for id in news.relatedBasins { item(id, of: .basin) }
            if let source = news.source { textOrOrganisation(source.organisation) }
        }
    }

    private func organisation(_ reference: Reference, role: String) {
        guard organisations[reference.id] == nil else { return }
        log.error(reference.location, "\(role) « \(reference.id) » ne correspond à aucune organisation de organisations.yaml.",
                  hint: suggestion(reference.id, among: Array(organisations.keys), otherwise: "Ajoutez « \(reference.id): { name: …, kind: … } » dans organisations.yaml."))
    }

    private func contact(_ reference: Reference) {
        guard contacts[reference.id] == nil else { return }
        let parts = reference.id.split(separator: "/").map(String.init)
        if parts.count == 1, let organisation = organisations[parts[0]] {
            let available = organisation.contacts.map(\.id)
            log.error(reference.location, "Un contact se désigne par « organisation/contact » ; « \(reference.id) » ne nomme que l'organisation.",
                      hint: available.isEmpty ? "Ajoutez un contact à « \(parts[0]) » dans organisations.yaml." : "Contacts possibles : \(available.joined(separator: ", ")).")
            return
        }
        log.error(reference.location, "Le contact « \(reference.id) » n'existe pas dans organisations.yaml.",
                  hint: suggestion(reference.id, among: Array(contacts.keys), otherwise: "Écrivez-le « organisation/contact », par exemple « alixio/revitalisation »."))
    }

    private func theme(_ reference: Reference) {
        guard themes[reference.id] == nil else { return }
        log.error(reference.location, "Le thème « \(reference.id) » n'est pas déclaré dans site.yaml.",
                  hint: suggestion(reference.id, among: Array(themes.keys), otherwise: "Ajoutez « { id: \(reference.id), label: … } » à « taxonomies.themes » dans site.yaml."))
    }

    private func item(_ reference: Reference, of kind: ContentKind) {
        guard ids[kind]?.contains(reference.id) != true else { return }
        if content.draftIds[kind]?.contains(reference.id) == true {
            log.error(reference.location, "\(kind.articleNoun.capitalizedFirst) « \(reference.id) » est un brouillon : la page qui y renvoie serait publiée avec un lien mort.",
                      hint: "Publiez-le (supprimez « draft: true ») ou retirez ce renvoi ; « relais build --drafts » montre les brouillons.")
            return
        }
        log.error(reference.location, "\(kind.articleNoun.capitalizedFirst) « \(reference.id) » n'existe pas (aucun fichier \(kind.rawValue)/\(reference.id).md).",
                  hint: suggestion(reference.id, among: Array(ids[kind] ?? []), otherwise: "Vérifiez l'identifiant : c'est le nom du fichier sans « .md »."))
    }

    private func territory(_ code: TerritoryCode) {
        guard code.kind == .basin, ids[.basin]?.contains(code.code) != true else { return }
        log.error(code.location, "« \(code.code) » n'est ni un code de territoire (REG-32, DEP-94…) ni l'identifiant d'un bassin.",
                  hint: suggestion(code.code, among: Array(ids[.basin] ?? []), otherwise: "Écrivez un code comme DEP-94, ou créez le bassin bassins/\(code.code).md."))
    }

    /// A field that takes an organisation id or free text: only a near miss of an id is worth a warning.
    private func textOrOrganisation(_ reference: Reference) {
        guard organisations[reference.id] == nil, Identifier.isValid(reference.id),
              let near = Suggestion.nearest(to: reference.id, among: Array(organisations.keys)) else { return }
        log.warning(reference.location, "« \(reference.id) » sera affiché tel quel : ce n'est pas une organisation connue.",
                    hint: "Vouliez-vous dire « \(near) » ?")
    }

    private func suggestion(_ id: String, among candidates: [String], otherwise: String) -> String {
        // `[creation` then `- emploi]` on the next line reads as one value "creation - emploi": declaring it would
        // be harmful advice; the list is what needs mending.
        if id.contains(" - ") || id.hasPrefix("- ") {
            return "Cette valeur mêle une liste entre crochets et des lignes « - » : écrivez-la [a, b] sur une ligne, ou une ligne « - a » par élément, sans crochets."
        }
        if id.contains(where: \.isWhitespace) {
            return "Un identifiant n'a pas d'espace ; dans une liste entre crochets, séparez les éléments par des virgules : [a, b]."
        }
        if let near = Suggestion.nearest(to: id, among: candidates.sorted()) { return "Vouliez-vous dire « \(near) » ?" }
        return otherwise
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

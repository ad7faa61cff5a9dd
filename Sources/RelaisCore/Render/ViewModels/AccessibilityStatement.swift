import RelaisFrench

/// `/accessibilite/`: the accessibility statement, written by Relais from `site.yaml` (status, audit date), the
/// publisher's contacts and what the build itself produces (its scripts, and what works without them), so that it
/// says only what is true of the site. A content page `pages/accessibilite.md` adds its text under "Précisions de
/// l'éditeur" (the contents an audit found not accessible, for example).
extension Presentation {
    static let accessibilityPath = SiteURLs.path(of: .page, id: "accessibilite")

    func accessibilityStatement() -> PageViewModel<FreePageBody> {
        // Typography goes on the words only, before they are escaped and wrapped in markup (never on URLs).
        func words(_ value: String) -> String { HTML.words(text(value)) }
        func section(_ title: String, _ paragraphs: [String]) -> String {
            HTML.element("h2", words(title)) + "\n" + paragraphs.map { HTML.element("p", $0) }.joined(separator: "\n")
        }
        func list(_ items: [String]) -> String { "<ul>\n" + items.map { HTML.element("li", $0) }.joined(separator: "\n") + "\n</ul>" }
        let publisherName = site.publisher?.name ?? site.title
        var html = [HTML.element("p", words("\(publisherName) s'engage à rendre son site accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. ")
                                 + words("Cette déclaration s'applique au site ") + HTML.link(urls.baseURL, text: urls.baseURL) + ".")]

        var status = [words("Le site est ") + HTML.element("strong", HTML.words(site.accessibility.label))
                      + words(" avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.")]
        if let audit = site.accessibilityAuditDate {
            status.append(words("Cet état résulte d'un audit mené le ") + timeHTML(audit) + ".")
        } else {
            status.append(words("Aucun audit n'a encore été mené : le site reste déclaré non conforme tant qu'un audit n'a pas mesuré sa conformité, et la liste des contenus non accessibles n'est pas établie."))
        }
        html.append(section("État de conformité", status))

        // What the build publishes, as it is: the scripts and what works without them.
        var technologies = ["HTML", "CSS"]
        var scripts: [String] = []
        if assetNames["filtre.js"] != nil {
            scripts.append(words("Le formulaire qui filtre le guide des aides n'apparaît qu'avec JavaScript ; sans lui, chaque type d'aide, public, thème, territoire et statut a sa page dans le guide."))
        }
        if assetNames["recherche.js"] != nil {
            scripts.append(words("La recherche plein texte de la page ") + HTML.link(link(Self.searchPath), text: "Rechercher")
                           + words(" a besoin de JavaScript ; sans lui, la page explique comment trouver les aides par les pages du guide."))
        }
        if !scripts.isEmpty { technologies.append("JavaScript") }
        var built = [words("Technologies utilisées : \(technologies.joined(separator: ", ")).")]
        built.append(words("Chaque page a un lien d'évitement vers son contenu, un menu, un fil d'Ariane et un lien vers le ")
                     + HTML.link(link("/plan-du-site/"), text: "plan du site") + words(" ; le statut d'une aide est écrit en toutes lettres, la couleur ne fait que le répéter."))
        html.append(section("Ce que le site publie", built) + (scripts.isEmpty ? "" : "\n" + list(scripts)))

        if let page = record.page("accessibilite"), !page.body.html.isEmpty {
            html.append(HTML.element("h2", words("Précisions de l'éditeur")) + "\n" + page.body.html)
        }

        let publisher = site.publisher.flatMap { record.organisation($0.id) }
        let contact = publisher?.contacts.first { $0.localId == "accessibilite" } ?? publisher?.contacts.first { $0.email != nil }
        var reach: [String] = []
        if let name = contact?.name { reach.append(words("Service : \(name)")) }
        if let email = contact?.email { reach.append(words("Courriel : ") + HTML.link("mailto:" + email, text: email)) }
        if let phone = contact?.phone { reach.append(words("Téléphone : ") + HTML.link(phone.href, text: phone.display)) }
        if let address = contact?.address { reach.append(words("Courrier : \(address)")) }
        if reach.isEmpty { reach.append(HTML.link(link("/contacts/"), text: "Page Contacts")) }
        html.append(section("Signaler un problème", [words("Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez \(publisherName) : nous vous indiquerons une autre façon d'obtenir l'information.")])
                    + "\n" + list(reach))

        html.append(section("Voies de recours", [words("Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service sans obtenir de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :")])
                    + "\n" + list([
                        words("par le ") + HTML.link("https://formulaire.defenseurdesdroits.fr/", text: text("formulaire en ligne du Défenseur des droits")) + words(" ;"),
                        words("auprès de l'un de ses délégués, dont la liste est sur ") + HTML.link("https://www.defenseurdesdroits.fr/", text: text("le site du Défenseur des droits")) + words(" ;"),
                        words("par courrier, sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."),
                    ]))
        let date = site.accessibilityAuditDate ?? record.lastModified
        html.append(section("Établissement de cette déclaration", [words("Cette déclaration a été établie le ") + timeHTML(date) + words(" par Relais, à partir de la configuration du site.")]))

        let body = FreePageBody(title: "Déclaration d’accessibilité", summary: text("État de conformité du site au RGAA, les technologies qu’il utilise, comment signaler un problème et quels sont vos recours."),
                                contentHTML: html.joined(separator: "\n"), dateModifiedHTML: timeHTML(date))
        return page(meta(title: body.title, description: body.summary ?? body.title, path: Self.accessibilityPath), body)
    }
}

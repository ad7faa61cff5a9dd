import Foundation
import RelaisCore
import RelaisFrench
import Testing

/// The sentence as pages print it: French spacing around « », : and ;.
private func fr(_ text: String) -> String { FrenchTypography.apply(text) }

private let nb = Space.noBreak
private let nnb = Space.narrow

/// An in-person event of the test site: `keys` from line 14.
private func venueEvent(start: String, end: String, title: String = "Forum d'essai", keys: String = "") -> String {
    "---\ntitle: \(title)\nsummary: Un forum pour les tests.\nkind: forum\nstart: \(start)\nend: \(end)\nattendanceMode: offline\n"
        + "venue: { name: Salle des fêtes, streetAddress: 1 place de la Mairie, postalCode: \"94200\", locality: Ivry-sur-Seine }\n"
        + "organizers: [editeur]\nrelatedBasins: []\nrelatedAids: []\nrelatedProgrammes: []\n\(keys)\ndateModified: 2023-01-10\n---\nPrésentation.\n"
}

@Suite("Event pages")
struct EventPageTests {
    /// The anniversary day: the programme as a table whose cells name their column, so that a phone shows it
    /// stacked without scrolling; the registration in its own box.
    @Test func anniversaryDayProgrammeIsATableReadableOnAPhone() async throws {
        let page = try await ExampleSite.shared.page("/evenements/20-ans-revitalisation/")
        let table = try #require(page.first("table"))
        #expect(table["class"] == "programme")
        #expect(page.withClass("table-stack").first?.first("table") != nil)
        #expect(table.first("thead")?.all("th").map(\.text) == ["Horaire", "Séquence", "Intitulé", "Intervenants"])
        let rows = table.first("tbody")?.all("tr") ?? []
        #expect(rows.map { $0.first("th")?.text ?? "" } == [
            "de 13\(nb)h\(nb)30 à 14\(nb)h", "de 14\(nb)h à 14\(nb)h\(nb)30", "de 14\(nb)h\(nb)30 à 16\(nb)h", "de 16\(nb)h à 17\(nb)h\(nb)30",
            "de 17\(nb)h\(nb)30 à 18\(nb)h",
        ])
        #expect(rows.map { $0.all("td").first?.text ?? "" } == ["Accueil", "Ouverture", "Table ronde", "Table ronde", "Clôture"])
        #expect(rows.allSatisfy { $0.all("td").map { $0["data-label"] ?? "" } == ["Séquence", "Intitulé", "Intervenants"] })
        #expect(rows[1].text.contains("Olivier Dussopt, ministre du Travail, du Plein emploi et de l’Insertion (Ministère du Travail"))
        let registration = try #require(page.section(headedBy: "inscription"))
        #expect(registration.text.contains("Inscription obligatoire, gratuite."))
        #expect(registration.text.contains("Les inscriptions sont closes"))
        #expect(page.text.contains("Cet événement a eu lieu le jeudi 1er décembre 2022."))
    }

    @Test func dateAndTimeSentences() async throws {
        let site = try TestSite([
            "evenements/ete.md": venueEvent(start: "2027-07-14T09:00", end: "2027-07-14T12:30"),
            "evenements/premier.md": venueEvent(start: "2027-10-01T14:00", end: "2027-10-01T17:00"),
            "evenements/salon.md": venueEvent(start: "2027-03-14T09:00", end: "2027-03-16T17:00", keys: """
                registration: { required: true, free: false, capacity: 120, deadline: 2027-03-10T23:59, url: https://example.org/inscription }
                """),
            "evenements/atelier.md": venueEvent(start: "2027-06-20T09:00", end: "2027-06-20T12:00", keys: """
                registration: { required: false, deadline: 2027-06-10, email: atelier@example.org }
                """),
        ])
        defer { site.remove() }
        #expect(await site.build(date: "2027-01-05").succeeded)
        func facts(_ id: String) throws -> String {
            try HTMLTree.parse(try site.page("evenements/\(id)/index.html")).withClass("facts").first?.text ?? ""
        }
        #expect(try facts("ete").contains("mercredi 14 juillet 2027, de 9\(nb)h à 12\(nb)h\(nb)30"))
        #expect(try facts("premier").contains("vendredi 1er octobre 2027, de 14\(nb)h à 17\(nb)h"))
        let salon = try HTMLTree.parse(try site.page("evenements/salon/index.html"))
        let when = salon.withClass("facts").first?.text ?? ""
        #expect(when.contains("du 14 au 16 mars 2027"))
        #expect(when.contains("Début le dimanche 14 mars 2027 à 9\(nb)h, fin le mardi 16 mars 2027 à 17\(nb)h."))
        let box = try #require(salon.section(headedBy: "inscription"))
        #expect(box.text.contains("Inscription obligatoire, payante, dans la limite de 120 places."))
        #expect(box.text.contains("Inscriptions ouvertes jusqu’au 10 mars 2027 à 23\(nb)h\(nb)59."))
        #expect(box.all("a").contains { $0["href"] == "https://example.org/inscription" })
        let atelier = try HTMLTree.parse(try site.page("evenements/atelier/index.html")).section(headedBy: "inscription")
        #expect(atelier?.text.contains("Inscriptions ouvertes jusqu’au 10 juin 2027 inclus.") == true)
        #expect(atelier?.all("a").contains { $0["href"] == "mailto:atelier@example.org" } == true)
        // The list card of a multi-day event says its days.
        let list = try HTMLTree.parse(try site.page("evenements/index.html"))
        #expect(list.withClass("card--event").contains { $0.text.contains("du 14 au 16 mars 2027") })
    }

    /// Upcoming first, soonest first; then past, latest first; the event of the build day is upcoming; the home page
    /// shows the next three.
    @Test func upcomingAndPastAroundTheBuildDate() async throws {
        let site = try TestSite([
            "evenements/a.md": venueEvent(start: "2023-05-02T09:00", end: "2023-05-02T12:00", title: "Passé récent"),
            "evenements/b.md": venueEvent(start: "2023-01-10T09:00", end: "2023-01-10T12:00", title: "Passé ancien"),
            "evenements/c.md": venueEvent(start: "2023-06-15T09:00", end: "2023-06-15T12:00", title: "Ce jour"),
            "evenements/d.md": venueEvent(start: "2023-09-01T09:00", end: "2023-09-01T12:00", title: "Rentrée"),
            "evenements/e.md": venueEvent(start: "2023-07-01T09:00", end: "2023-07-01T12:00", title: "Été", keys: "status: cancelled"),
            "evenements/f.md": venueEvent(start: "2024-02-01T09:00", end: "2024-02-01T12:00", title: "Hiver"),
        ])
        defer { site.remove() }
        #expect(await site.build(date: "2023-06-15").succeeded)
        let list = try HTMLTree.parse(try site.page("evenements/index.html"))
        func titles(_ id: String) -> [String] {
            list.section(headedBy: id)?.withClass("card__title").map(\.text) ?? []
        }
        #expect(titles("a-venir") == ["Ce jour", "Été", "Rentrée", "Hiver"])
        #expect(titles("passes") == ["Passé récent", "Passé ancien"])
        #expect(list.withClass("card--event").first { $0.text.contains("Été") }?.text.contains("Annulé") == true)
        let home = try HTMLTree.parse(try site.page("index.html"))
        #expect(home.withClass("card--event").compactMap { $0.first("h3")?.text } == ["Ce jour", "Été", "Rentrée"])
        let cancelled = try HTMLTree.parse(try site.page("evenements/e/index.html"))
        #expect(cancelled.text.contains("Annulé — Cet événement est annulé."))
        let past = try HTMLTree.parse(try site.page("evenements/b/index.html"))
        #expect(past.text.contains("Cet événement a eu lieu le mardi 10 janvier 2023."))
    }
}

@Suite("Programme pages")
struct ProgrammePageTests {
    @Test func creerGivesItsBudgetSentenceTargetsAndGovernanceTable() async throws {
        let page = try await ExampleSite.shared.page("/programmes/creer/")
        let budget = try #require(page.section(headedBy: "budget"))
        #expect(budget.withClass("budget__sentence").first?.text == "100\(nb)M€ par an pendant 4 ans, soit 400\(nb)M€.")
        let targets = try #require(page.section(headedBy: "objectifs"))
        #expect(targets.withClass("targets").first?.text.contains(fr("Emplois créés directement ou soutenus par la Région : 10\(nnb)000 emplois par an")) == true)
        #expect(targets.text.contains(fr("Comptés comme emplois soutenus : l’aide a contribué à financer l’embauche ou le maintien du poste.")))
        let counting = page.section(headedBy: "comptage")?.all("dt").map(\.text)
        #expect(counting == ["Emplois directement créés", "Emplois soutenus", "Emplois induits"])
        let governance = try #require(page.section(headedBy: "gouvernance")?.first("table"))
        #expect(governance.first("caption")?.text == "Instances de gouvernance")
        #expect(governance.first("thead")?.all("th").map(\.text) == ["Instance", "Rôle", "Fréquence", "Membres"])
        let rows = governance.first("tbody")?.all("tr") ?? []
        #expect(rows.map { $0.first("th")?.text ?? "" } == ["Assises générales", "Comité de pilotage", "Commissions", "Région Provence-Alpes-Côte d’Azur"])
        #expect(rows[0].text.contains("Une fois par an") && rows[1].text.contains("Trois fois par an"))
        #expect(rows[3].text.contains("Instance de décision"))
        #expect(page.section(headedBy: "chantiers")?.all("li").count == 7)
        #expect(page.section(headedBy: "axes")?.all("h3").count == 3)
        #expect(page.text.contains("31\(nnb)500") || page.text.contains("31 500"))
        let list = try await ExampleSite.shared.page("/programmes/")
        #expect(list.withClass("card--programme").contains { $0.text.contains("Contrat régional · de 2011 à 2014 · 100\(nb)M€ par an pendant 4 ans, soit 400\(nb)M€") })
    }

    @Test func transitionsCollectivesGivesItsPilotTerritoriesAsATable() async throws {
        let page = try await ExampleSite.shared.page("/programmes/transitions-collectives/")
        #expect(page.section(headedBy: "budget")?.withClass("budget__sentence").first?.text == "500\(nb)M€ au total.")
        let table = try #require(page.section(headedBy: "territoires-pilotes")?.first("table"))
        #expect(table.first("thead")?.all("th").map(\.text) == ["Territoire", "Porteurs de projet", "Statut", "Projet"])
        let rows = table.first("tbody")?.all("tr") ?? []
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.first("th")?["scope"] == "row" })
        let chalon = try #require(rows.first { $0.first("th")?.text == "Grand Chalon" })
        #expect(chalon.all("td").map { $0["data-label"] ?? "" } == ["Porteurs de projet", "Statut", "Projet"])
        #expect(chalon.all("td")[1].text == "Candidat")
        #expect(rows.contains { $0.text.contains("UIMM Franche-Comté") })
        #expect(rows.contains { $0.text.contains("6. réunir les employeurs") })
    }

    @Test func aPerYearBudgetWithoutYearsIsRefused() async throws {
        let programme = "---\nname: Plan d'essai\nsummary: Un plan.\nkind: plan\nperiod: { start: 2020 }\npilots: [editeur]\nterritories: [DEP-94]\nbudget:\n  perYear: 1000000\ndateModified: 2022-12-05\n---\n"
        let site = try TestSite(["programmes/plan.md": programme])
        defer { site.remove() }
        #expect(site.lines(await site.build(writes: false)) == ["programmes/plan.md:9:12: Le budget annuel (« perYear ») est donné sans sa durée (« years »)."])
    }

    @Test func aProgrammePageLinksItsBasins() async throws {
        let page = try await ExampleSite.shared.page("/programmes/engagement-renouveau-bassin-minier/")
        #expect(page.section(headedBy: "bassins-lies")?.all("a").map { $0["href"] ?? "" } == ["/bassins/bassin-minier-nord-pas-de-calais/"])
    }
}

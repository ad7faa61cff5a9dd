import Foundation
import RelaisCore
import RelaisFrench
import Testing

/// Each bad input of events, programmes and basins is one diagnostic at its file and line (the CSV's own line for
/// CSV problems), and the build fails without touching the published folder.
@Suite("Bad events, programmes and basins")
struct EventProgrammeBasinBadInputTests {
    private static let source = "source: { organisation: editeur }"
    private static func indicator(_ keys: String) -> String {
        TestSite.basin("indicators:\n  - id: serie\n    label: Série\n    unit: jobs\n\(keys)")
    }
    private static func event(_ keys: String, mode: String = "online") -> String {
        TestSite.onlineEvent(start: "2023-03-01T09:00", end: "2023-03-01T12:00", keys: keys)
            .replacingOccurrences(of: "attendanceMode: online", with: "attendanceMode: \(mode)")
    }

    static let cases: [(name: String, files: [String: String], expected: String)] = [
        ("event ends before it starts", ["evenements/e.md": TestSite.onlineEvent(start: "2023-03-01T14:00", end: "2023-03-01T12:00")],
         "evenements/e.md:6:6: L'événement finit"),
        ("programme item outside the event", ["evenements/e.md": event("programme:\n  - { start: \"13:00\", format: workshop, title: Atelier }")],
         "evenements/e.md:11:5: La séquence « Atelier » sort des horaires de l'événement"),
        ("programme item on another day", ["evenements/e.md": event("programme:\n  - { start: 2023-03-02T09:30, format: workshop, title: Atelier }")],
         "evenements/e.md:11:5: La séquence « Atelier » sort des horaires de l'événement"),
        ("programme items out of order", ["evenements/e.md": event("programme:\n  - { start: \"10:00\", format: workshop, title: Atelier }\n  - { start: \"09:00\", format: welcome, title: Accueil }")],
         "evenements/e.md:12:5: La séquence « Accueil » commence avant la séquence qui la précède."),
        ("speaker without consent", ["evenements/e.md": event("programme:\n  - start: \"09:00\"\n    format: keynote\n    title: Intervention\n    speakers:\n      - { name: Claire Exemple, consentToPublish: false }")],
         "evenements/e.md:15:51: « Claire Exemple » n'a pas donné son accord pour être publiée."),
        ("speaker with consent missing", ["evenements/e.md": event("programme:\n  - start: \"09:00\"\n    format: keynote\n    title: Intervention\n    speakers:\n      - { name: Claire Exemple }")],
         "evenements/e.md:15:9: Le champ obligatoire « consentToPublish » manque"),
        ("in-person event without a venue", ["evenements/e.md": event("", mode: "offline").removingLine(containing: "onlineUrl")],
         "evenements/e.md:7:17: Un événement « offline » a lieu sur place : le lieu (« venue ») manque."),
        ("online event without address", ["evenements/e.md": event("").removingLine(containing: "onlineUrl")],
         "evenements/e.md:7:17: Un événement « online » se suit en ligne : l'adresse « onlineUrl » manque."),
        ("registration deadline after the event", ["evenements/e.md": event("registration: { required: true, deadline: 2023-03-01T12:30 }")],
         "evenements/e.md:10:43: La date limite d'inscription (2023-03-01T12:30) tombe après la fin de l'événement (2023-03-01T12:00)."),
        ("time zone that is not an IANA name", ["evenements/e.md": event("timezone: CET")],
         "evenements/e.md:10:11: Le fuseau horaire « CET » n'est pas pris en charge."),
        ("budget per year without years", ["programmes/p.md": "---\nname: Plan\nsummary: Un plan.\nkind: plan\nperiod: { start: 2020 }\npilots: [editeur]\nterritories: [DEP-94]\nbudget: { perYear: 1000000 }\ndateModified: 2022-12-05\n---\n"],
         "programmes/p.md:8:20: Le budget annuel (« perYear ») est donné sans sa durée (« years »)."),
        ("series with a duplicate period", ["bassins/b.md": indicator("    \(source)\n    series:\n      - { period: \"2018\", value: 1 }\n      - { period: \"2018\", value: 2 }")],
         "bassins/b.md:12:19: La période « 2018 » apparaît deux fois dans la série."),
        ("series period in the wrong format", ["bassins/b.md": indicator("    \(source)\n    series:\n      - { period: \"juin 2018\", value: 1 }\n      - { period: \"2019\", value: 2 }")],
         "bassins/b.md:11:19: La période « juin 2018 » n'est pas dans un format reconnu."),
        ("non-numeric value", ["bassins/b.md": indicator("    \(source)\n    series:\n      - { period: \"2018\", value: beaucoup }\n      - { period: \"2019\", value: 2 }")],
         "bassins/b.md:11:34: « indicators[1].series[1].value » doit être un nombre"),
        ("CSV column that does not exist", ["bassins/b.md": indicator("    \(source)\n    series: { csv: data/s.csv }"), "data/s.csv": "period,value,commentaire\n2018,1,x\n"],
         "data/s.csv:1:14: La colonne « commentaire » n'existe pas dans une série d'indicateur."),
        ("chart for an indicator with one point", ["bassins/b.md": indicator("    \(source)\n    chart: line\n    series:\n      - { period: \"2018\", value: 1 }")],
         "bassins/b.md:10:12: L'indicateur « serie » demande un graphique mais n'a qu'une valeur."),
        ("chart for a CSV series with one point", ["bassins/b.md": indicator("    \(source)\n    chart: bar\n    series: { csv: data/s.csv }"), "data/s.csv": "period,value\n2018,1\n"],
         "bassins/b.md:10:12: L'indicateur « serie » demande un graphique mais n'a qu'une valeur."),
        ("unit not in the list", ["bassins/b.md": indicator("    \(source)\n    series: [{ period: \"2018\", value: 1 }]").replacingOccurrences(of: "unit: jobs", with: "unit: emplois")],
         "bassins/b.md:8:11: « emplois » n'est pas une valeur possible de « indicators[1].unit »."),
        ("missing source", ["bassins/b.md": indicator("    series: [{ period: \"2018\", value: 1 }]")],
         "bassins/b.md:6:5: Le champ obligatoire « source » manque"),
        ("key figure without source", ["bassins/b.md": TestSite.basin("keyFigures:\n  - { label: Emplois, value: 3, unit: jobs }")],
         "bassins/b.md:6:5: Le champ obligatoire « source » manque"),
    ]

    @Test(arguments: cases.indices)
    func badInputIsLocatedAndLeavesTheSiteAlone(index: Int) async throws {
        let (name, files, expected) = Self.cases[index]
        let site = try TestSite(files)
        defer { site.remove() }
        // A site published before: the failed build must leave it exactly as it was.
        try FileManager.default.createDirectory(atPath: site.output, withIntermediateDirectories: true)
        try Data("avant".utf8).write(to: URL(fileURLWithPath: site.output + "/index.html"))
        let report = await site.build()
        #expect(!report.succeeded, "\(name)")
        let lines = site.lines(report)
        #expect(lines.contains { $0.hasPrefix(expected) }, "\(name): \(lines)")
        #expect(try String(contentsOfFile: site.output + "/index.html", encoding: .utf8) == "avant", "\(name)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.output) == ["index.html"], "\(name)")
    }
}

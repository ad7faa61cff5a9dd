import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// What `read_ics.py` (icalendar) reads back from a calendar file.
struct ReadCalendar: Decodable {
    struct Zone: Decodable { let tzid: String; let checked: Int; let mismatches: Int; let examples: [String] }
    struct Event: Decodable {
        let uid: String
        let dtstamp: String
        let summary: String
        let description: String
        let location: String?
        let url: String
        let status: String
        let tzid: String?
        let startLocal: String
        let startUTC: String?
        let endUTC: String?
        let startUTCZoneinfo: String
    }
    let crlfOnly: Bool
    let maxLineOctets: Int
    let linesValidUTF8: Bool
    let version: String
    let prodid: String
    let name: String?
    let timezones: [Zone]
    let events: [Event]
}

/// The events' `.ics` files, built from fixture sites and parsed back with Python's icalendar.
@Suite("Calendars")
struct CalendarTests {
    static func event(_ title: String, start: String, end: String, keys: String, modified: String = "2023-01-10") -> String {
        "---\ntitle: \(title)\nsummary: Une rencontre pour les tests.\nkind: infoSession\nstart: \(start)\nend: \(end)\n\(keys)\n"
            + "organizers: [editeur]\ndateModified: \(modified)\n---\nLe programme détaillé suivra.\n"
    }

    static let venue = """
        attendanceMode: offline
        venue: { name: Maison de l'emploi, streetAddress: 1 place de l'Exemple, postalCode: "94200", locality: Ivry-sur-Seine }
        """

    /// Text that every format must keep inside its value: an HTML end tag, a comment, CRLF and iCalendar's separators.
    static let trapTitle = #"Atelier </script><script>alert(1)</script> <!-- a; b, c \ d"#
    static let trapSummary = "Ligne un ; deux, trois \\ quatre\r\nligne cinq </script><!-- fin"
    static let trapVenue = #"Salle ; B, \ 1"#

    /// Winter and summer in Paris, a cancelled mixed event, two overseas zones, and one full of traps.
    static let files: [String: String] = [
        "evenements/hiver.md": event("Atelier d'hiver", start: "2022-12-01T13:30", end: "2022-12-01T18:00",
                                     keys: "timezone: Europe/Paris\n" + venue, modified: "2022-11-20"),
        "evenements/ete.md": event("Webinaire d'été", start: "2027-06-10T13:30", end: "2027-06-10T16:00",
                                   keys: "attendanceMode: online\nonlineUrl: https://example.org/visio"),
        "evenements/annule.md": event("Forum annulé", start: "2027-01-15T09:00", end: "2027-01-15T12:00",
                                      keys: "status: cancelled\n" + venue.replacingOccurrences(of: "offline", with: "mixed") + "\nonlineUrl: https://example.org/forum"),
        "evenements/miquelon.md": event("Réunion à Saint-Pierre", start: "2027-07-01T10:00", end: "2027-07-01T11:00",
                                        keys: "timezone: America/Miquelon\nattendanceMode: online\nonlineUrl: https://example.org/spm"),
        "evenements/noumea.md": event("Réunion à Nouméa", start: "2027-07-01T10:00", end: "2027-07-01T11:00",
                                      keys: "timezone: Pacific/Noumea\nattendanceMode: online\nonlineUrl: https://example.org/nc"),
        "evenements/piege.md": """
            ---
            title: "Atelier </script><script>alert(1)</script> <!-- a; b, c \\\\ d"
            summary: "Ligne un ; deux, trois \\\\ quatre\\r\\nligne cinq </script><!-- fin"
            kind: workshop
            start: 2023-03-01T09:00
            end: 2023-03-01T12:00
            attendanceMode: offline
            venue: { name: "Salle ; B, \\\\ 1", streetAddress: "2 rue du Test", postalCode: "75001", locality: Paris }
            organizers: [editeur]
            dateModified: 2023-02-01
            ---
            Texte.
            """,
    ]

    private func read(_ site: TestSite, _ paths: [String]) throws -> [ReadCalendar] {
        try PythonReader.read([ReadCalendar].self, script: "read_ics.py", paths.map { "\(site.output)/\($0)" })
    }

    private func checkLines(_ calendar: ReadCalendar, _ path: String) {
        #expect(calendar.crlfOnly, "\(path): CRLF only")
        #expect(calendar.maxLineOctets <= 75, "\(path): longest line \(calendar.maxLineOctets) octets")
        #expect(calendar.linesValidUTF8, "\(path): a line split a character")
        #expect(calendar.version == "2.0" && calendar.prodid == EventCalendar.productID)
        // The file's own VTIMEZONE gives the IANA database's offset every hour of 2022, 2023 and 2027.
        for zone in calendar.timezones {
            #expect(zone.checked > 20_000 && zone.mismatches == 0, "\(path) \(zone.tzid): \(zone.examples)")
        }
    }

    @Test func eachEventHasItsFileAndLocalTimesGiveTheRightUTC() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded, "\(site.lines(report))")
        let ids = ["hiver", "ete", "annule", "miquelon", "noumea", "piege"]
        let calendars = try read(site, ids.map { "evenements/\($0)/evenement.ics" })
        for (id, calendar) in zip(ids, calendars) {
            checkLines(calendar, id)
            #expect(calendar.events.count == 1 && calendar.events.first?.uid == "\(id)@guide.example.org")
            #expect(calendar.events.first?.url == "https://guide.example.org/evenements/\(id)/")
            #expect(calendar.timezones.map(\.tzid) == [calendar.events.first?.tzid])
            #expect(calendar.name == nil)
        }
        let events = Dictionary(uniqueKeysWithValues: zip(ids, calendars.compactMap(\.events.first)))

        // 13:30 in Paris: 12:30 UTC in winter (+01:00), 11:30 UTC in summer (+02:00), by the file's VTIMEZONE.
        let winter = try #require(events["hiver"])
        #expect(winter.tzid == "Europe/Paris" && winter.startLocal == "2022-12-01T13:30:00")
        #expect(winter.startUTC == "2022-12-01T12:30:00Z" && winter.endUTC == "2022-12-01T17:00:00Z")
        let summer = try #require(events["ete"])
        #expect(summer.tzid == "Europe/Paris" && summer.startLocal == "2027-06-10T13:30:00")
        #expect(summer.startUTC == "2027-06-10T11:30:00Z" && summer.endUTC == "2027-06-10T14:00:00Z")
        // Saint-Pierre-et-Miquelon is at -02:00 in July; Nouméa at +11:00 all year.
        #expect(events["miquelon"]?.startUTC == "2027-07-01T12:00:00Z")
        #expect(events["noumea"]?.startUTC == "2027-06-30T23:00:00Z")
        for event in events.values { #expect(event.startUTC == event.startUTCZoneinfo, "\(event.uid)") }

        // DTSTAMP is the content's modification date at midnight UTC, never the build clock.
        #expect(winter.dtstamp == "2022-11-20T00:00:00Z")
        #expect(summer.dtstamp == "2023-01-10T00:00:00Z")
        #expect(winter.status == "CONFIRMED" && events["annule"]?.status == "CANCELLED")
        #expect(winter.location == "Maison de l'emploi, 1 place de l'Exemple, 94200 Ivry-sur-Seine")
        #expect(summer.location == "https://example.org/visio")
        #expect(events["annule"]?.location == "Maison de l'emploi, 1 place de l'Exemple, 94200 Ivry-sur-Seine (et en ligne\u{00A0}: https://example.org/forum)")
        #expect(winter.summary == "Atelier d'hiver")
        #expect(winter.description == "Une rencontre pour les tests.\n\nLe programme détaillé suivra.")
    }

    /// `\ ; ,` and an HTML end tag come back as written; CRLF comes back as the one line break TEXT has (`\n`).
    @Test func trickyTextComesOutEscapedAndRoundTrips() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let raw = try site.page("evenements/piege/evenement.ics")
        #expect(raw.contains(#"SUMMARY:Atelier </script><script>alert(1)</script> <!-- a\; b\, c \\ d"#))
        #expect(raw.contains(#"\\ quatre\nligne cinq"#))
        let event = try #require(try read(site, ["evenements/piege/evenement.ics"]).first?.events.first)
        #expect(event.summary == Self.trapTitle)
        let summary = Self.trapSummary.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(event.description == summary + "\n\nTexte.")
        #expect(event.location == Self.trapVenue + ", 2 rue du Test, 75001 Paris")
    }

    @Test func theWholeCalendarHoldsEveryEventAndOneTimeZoneEach() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let calendar = try #require(try read(site, ["evenements/calendrier.ics"]).first)
        checkLines(calendar, "calendrier.ics")
        #expect(calendar.name == "Guide test – événements")
        #expect(calendar.timezones.map(\.tzid) == ["America/Miquelon", "Europe/Paris", "Pacific/Noumea"])
        // In the order they happen: 10:00 in Nouméa is the evening before 10:00 in Saint-Pierre.
        #expect(calendar.events.map(\.uid) == ["hiver", "piege", "annule", "ete", "noumea", "miquelon"].map { "\($0)@guide.example.org" })
        #expect(Set(calendar.events.compactMap(\.tzid)) == ["America/Miquelon", "Europe/Paris", "Pacific/Noumea"])
    }

    /// Calendars depend on the content only: another build date gives the same bytes.
    @Test func calendarsAreTheSameWhateverTheBuildDate() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let other = site.root.appendingPathComponent("Autre").path
        #expect(await site.build(date: "2023-06-15").succeeded)
        #expect(await BuildPipeline(options: site.options(date: "2030-01-01", output: other)).run().succeeded)
        for path in ["evenements/calendrier.ics", "evenements/hiver/evenement.ics", "evenements/ete/evenement.ics"] {
            let first = try Data(contentsOf: URL(fileURLWithPath: "\(site.output)/\(path)"))
            let second = try Data(contentsOf: URL(fileURLWithPath: "\(other)/\(path)"))
            #expect(first == second, "\(path)")
        }
    }

    @Test func eventPagesAndTheListLinkTheirCalendars() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try HTMLTree.parse(try site.page("evenements/hiver/index.html"))
        let link = try #require(page.all("a").first { $0["href"]?.hasSuffix(".ics") == true })
        #expect(link["href"] == "/evenements/hiver/evenement.ics")
        #expect(link["download"] == "hiver.ics" && link["type"] == "text/calendar")
        // Its name says what is added, out of context.
        #expect(link.textNodes(excluding: []).joined() == "Ajouter à mon agenda l’événement «\u{00A0}Atelier d’hiver\u{00A0}» (fichier .ics)")
        let list = try HTMLTree.parse(try site.page("evenements/index.html"))
        let whole = try #require(list.all("a").first { $0["href"]?.hasSuffix(".ics") == true })
        #expect(whole["href"] == "/evenements/calendrier.ics")
        #expect(whole.text == "Ajouter tous les événements à mon agenda (fichier .ics)")
    }

    /// A calendar holds at least one event (RFC 5545): without events there is no file and no link to it.
    @Test func aSiteWithoutEventsHasNoWholeCalendar() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: "\(site.output)/evenements/calendrier.ics"))
        #expect(!(try site.page("evenements/index.html")).contains(".ics"))
    }

    @Test func theExampleEventCalendarIsInWinterTime() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let calendar = try #require(try PythonReader.read([ReadCalendar].self, script: "read_ics.py",
                                                          ["\(output)/evenements/20-ans-revitalisation/evenement.ics"]).first)
        checkLines(calendar, "20-ans-revitalisation")
        let event = try #require(calendar.events.first)
        #expect(event.uid == "20-ans-revitalisation@guide-aides.example.org")
        #expect(event.startUTC == "2022-12-01T12:30:00Z" && event.endUTC == "2022-12-01T17:00:00Z")
        #expect(event.dtstamp == "2022-12-05T00:00:00Z")
        #expect(event.location == "Ministère des Solidarités et de la Santé, 14 avenue Duquesne, 75007 Paris")
        let raw = try String(contentsOfFile: "\(output)/evenements/20-ans-revitalisation/evenement.ics", encoding: .utf8)
        #expect(raw.contains("\r\nDTSTART;TZID=Europe/Paris:20221201T133000\r\n"))
    }

    /// Only zones whose rules Relais knows can be written as a VTIMEZONE: another name is refused where it is written.
    @Test(arguments: [
        ("Europe/Pariss", "Vouliez-vous dire « Europe/Paris » ?"),
        ("Europe/London", nil),
    ])
    func anUnsupportedTimeZoneIsRefusedAtLoad(zone: String, hint: String?) async throws {
        let event = TestSite.onlineEvent(start: "2023-03-01T09:00", end: "2023-03-01T12:00", keys: "timezone: \(zone)")
        let site = try TestSite(["evenements/reunion.md": event])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(!report.succeeded)
        #expect(site.lines(report) == ["evenements/reunion.md:10:11: Le fuseau horaire « \(zone) » n'est pas pris en charge."])
        if let hint { #expect(report.diagnostics.first?.hint == hint) } else { #expect(report.diagnostics.first?.hint != nil) }
    }
}

/// The iCalendar files of the events: one per event and one with them all, read from the record only.
enum EventCalendar {
    static let productID = "-//Relais//Guide des aides//FR"

    /// A `VCALENDAR` holding `events`, with a `VTIMEZONE` for every zone they use. `name` names a calendar of
    /// several events in calendar apps.
    static func file(_ events: [RecordEvent], site: SiteInfo, name: String? = nil) -> String {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.value("VERSION", "2.0")
        writer.text("PRODID", productID)
        writer.value("CALSCALE", "GREGORIAN")
        if let name {
            // NAME is RFC 7986's; X-WR-CALNAME is what most calendar apps still read.
            writer.text("NAME", name)
            writer.text("X-WR-CALNAME", name)
        }
        let zones = Set(events.flatMap { [$0.start.timezone, $0.end.timezone] }).sorted()
        for zone in zones {
            if let rules = TimeZoneRules.named(zone) { writer.timeZone(rules) }
        }
        for event in events { write(event, site: site, into: &writer) }
        writer.end("VCALENDAR")
        return writer.output
    }

    private static func write(_ event: RecordEvent, site: SiteInfo, into writer: inout ICalendarWriter) {
        writer.begin("VEVENT")
        writer.text("UID", "\(event.id)@\(site.host)")
        // The content's own date, never the build clock: two builds of the same content are identical.
        writer.value("DTSTAMP", ICalendarValues.utcMidnight(event.dates.modified))
        writer.value("DTSTART", ICalendarValues.local(event.start.local), [.init(name: "TZID", value: event.start.timezone)])
        writer.value("DTEND", ICalendarValues.local(event.end.local), [.init(name: "TZID", value: event.end.timezone)])
        writer.text("SUMMARY", event.title)
        writer.text("DESCRIPTION", description(of: event))
        if let location = location(of: event) { writer.text("LOCATION", location) }
        writer.value("URL", event.url.absolute)
        writer.value("STATUS", status(of: event))
        writer.end("VEVENT")
    }

    /// The summary, then the presentation as plain text.
    static func description(of event: RecordEvent) -> String {
        event.description.text.isEmpty ? event.summary : event.summary + "\n\n" + event.description.text
    }

    /// The venue's name and address, the online address, or both for a mixed event.
    static func location(of event: RecordEvent) -> String? {
        let venue = event.venue.map { "\($0.name), \($0.streetAddress), \($0.postalCode) \($0.locality)" }
        switch (venue, event.onlineURL?.absolute) {
        // Read by people: French spacing before the colon, as on the pages.
        case let (venue?, online?): return "\(venue) (et en ligne\u{00A0}: \(online))"
        case let (venue?, nil): return venue
        case let (nil, online?): return online
        case (nil, nil): return nil
        }
    }

    /// RFC 5545's VEVENT statuses are TENTATIVE, CONFIRMED and CANCELLED. A postponed event has no date yet
    /// beyond the one it still shows, so it is TENTATIVE; an event moved online still takes place.
    static func status(of event: RecordEvent) -> String {
        switch event.status.code {
        case "cancelled": "CANCELLED"
        case "postponed": "TENTATIVE"
        default: "CONFIRMED"
        }
    }
}

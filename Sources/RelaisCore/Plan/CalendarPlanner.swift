/// The events' iCalendar files: `/evenements/<id>/evenement.ics` for each event, `/evenements/calendrier.ics`
/// with them all. A calendar must hold at least one component (RFC 5545), so the whole calendar exists only
/// when there are events.
enum CalendarPlanner {
    static let allEventsPath = "/evenements/calendrier.ics"

    static func plan(_ record: SiteRecord) -> [PlannedOutput] {
        var outputs = record.events.compactMap { event -> PlannedOutput? in
            guard let path = event.calendarURL.sitePath else { return nil }
            let id = event.id
            return .artifact(path, .calendar, inputs: [.item(.event, id)]) { record in
                record.event(id).map { EventCalendar.file([$0], site: record.site) } ?? ""
            }
        }
        if !record.events.isEmpty {
            outputs.append(.artifact(allEventsPath, .calendar, inputs: [.every(.event)]) { record in
                // In the order they happen, whichever zone they are in (the record lists upcoming events first).
                let events = record.events.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
                return EventCalendar.file(events, site: record.site, name: "\(record.site.title) – événements")
            })
        }
        return outputs
    }
}

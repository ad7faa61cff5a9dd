import RelaisFrench

struct EventCard: ViewModel {
    let title: String
    let url: String
    let summary: String
    let whenHTML: String
    let place: String
    let kind: String
    let status: String?
}

struct EventPageBody: ViewModel {
    struct ProgrammeRow: ViewModel {
        let timeHTML: String
        let format: String
        let title: String
        let description: String?
        let people: String?
    }
    let title: String
    let summary: String
    let kind: String
    let status: String?
    let isPast: Bool
    let whenHTML: String
    let attendance: String
    let venue: VenueLines?
    let onlineURL: String?
    let registration: RegistrationLines?
    let organizers: [Link]
    let descriptionHTML: String
    let programme: [ProgrammeRow]
    let hasProgramme: Bool
    let programmeCaption: String
    let relatedAids: [Link]
    let relatedProgrammes: [Link]
    let relatedBasins: [Link]
    let hasRelated: Bool
    /// Its `.ics` file, "Ajouter à mon agenda".
    let calendarURL: String
    /// The name the file is saved under, `<id>.ics`: every event's file is `evenement.ics` on the site.
    let calendarFileName: String
    let dateModifiedHTML: String
}

struct VenueLines: ViewModel {
    let name: String
    let street: String
    let locality: String
    let access: String?
}

struct RegistrationLines: ViewModel {
    let summary: String
    let url: String?
    let email: String?
    let emailHref: String?
    let deadlineHTML: String?
}

extension Presentation {
    func whenHTML(_ event: RecordEvent) -> String {
        french.dateTimeRangeHTML(from: event.start.local, to: event.end.local)
    }

    func eventCard(_ event: RecordEvent) -> EventCard {
        let place = event.attendanceMode.code == "online" ? "En ligne" : event.venue.map { text("\($0.name), \($0.locality)") } ?? ""
        return EventCard(title: text(event.title), url: href(event.url), summary: text(event.summary),
                         whenHTML: whenHTML(event), place: place, kind: event.kind.label,
                         status: event.status.code == "scheduled" ? nil : event.status.label)
    }

    func eventPage(_ event: RecordEvent) -> PageViewModel<EventPageBody> {
        let multiDay = event.end.local.date != event.start.local.date
        let rows = event.programme.map { item in
            let start = item.start.local
            var timeHTML: String
            if let end = item.end?.local, end.date == start.date {
                timeHTML = HTML.text(french.timeRange(from: start.time, to: end.time))
            } else {
                timeHTML = HTML.text(french.time(start.time))
            }
            // Over several days, each item says its day.
            if multiDay { timeHTML = french.dateHTML(start.date, weekday: true) + ", " + timeHTML }
            let people = item.moderators.map { participant($0, prefix: "Animation : ") } + item.speakers.map { participant($0, prefix: "") }
            return EventPageBody.ProgrammeRow(timeHTML: timeHTML, format: item.format.label, title: text(item.title),
                                              description: text(item.description), people: people.isEmpty ? nil : FrenchTypography.apply(people.joined(separator: " ; ")))
        }
        let registration = event.registration.map { registration in
            var summary = registration.required ? "Inscription obligatoire" : "Inscription conseillée"
            summary += registration.free ? ", gratuite" : ", payante"
            if let capacity = registration.capacity { summary += ", dans la limite de \(french.integer(capacity)) places" }
            return RegistrationLines(summary: summary + ".", url: registration.url.map(href), email: registration.email,
                                     emailHref: registration.email.map { "mailto:" + $0 },
                                     deadlineHTML: registration.deadline.map { "avant le \(timeHTML($0))" })
        }
        let relatedAids = event.relatedAids.map(itemLink)
        let relatedProgrammes = event.relatedProgrammes.map(itemLink)
        let relatedBasins = event.relatedBasins.map(itemLink)
        let body = EventPageBody(
            title: text(event.title), summary: text(event.summary), kind: event.kind.label,
            status: event.status.code == "scheduled" ? nil : event.status.label,
            isPast: event.isPast, whenHTML: whenHTML(event), attendance: FrenchList.lowercasingFirst(event.attendanceMode.label),
            venue: event.venue.map { VenueLines(name: text($0.name), street: text($0.streetAddress), locality: "\($0.postalCode) \(text($0.locality))", access: text($0.access)) },
            onlineURL: event.onlineURL.map(href), registration: registration,
            organizers: event.organizers.map(organisationLink),
            descriptionHTML: event.description.html,
            programme: rows, hasProgramme: !rows.isEmpty,
            programmeCaption: multiDay ? "Programme " + french.dateRange(from: event.start.local.date, to: event.end.local.date)
                : "Programme du \(french.date(event.start.local.date))",
            relatedAids: relatedAids, relatedProgrammes: relatedProgrammes, relatedBasins: relatedBasins,
            hasRelated: !(relatedAids.isEmpty && relatedProgrammes.isEmpty && relatedBasins.isEmpty),
            calendarURL: href(event.calendarURL), calendarFileName: event.id + ".ics",
            dateModifiedHTML: timeHTML(event.dates.modified))
        let meta = meta(title: body.title, description: body.summary, path: event.path,
                        trail: [Link(label: "Événements", url: link(SiteURLs.list(of: .event)))], section: SiteURLs.list(of: .event),
                        openGraphType: "article",
                        structuredData: [JSONLDWriter.block(SchemaOrg.Event(event, buildDate: record.buildDate, language: site.language))],
                        plainTitle: event.title)
        return page(meta, body)
    }

    /// "Olivier Dussopt, ministre du Travail (Ministère du Travail)"
    private func participant(_ person: RecordParticipant, prefix: String) -> String {
        var text = prefix + self.text(person.name)
        if let role = person.role { text += ", " + self.text(role) }
        if let organisation = person.organisationName { text += " (\(self.text(organisation)))" }
        return text
    }
}

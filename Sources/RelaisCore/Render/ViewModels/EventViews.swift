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
    func whenHTML(_ event: Event) -> String {
        french.dateTimeRangeHTML(from: event.start, to: event.end)
    }

    func eventCard(_ id: String) -> EventCard? {
        guard let file = graph.events[id] else { return nil }
        let event = file.front
        let place = event.attendanceMode == .online ? "En ligne" : event.venue.map { text("\($0.name), \($0.locality)") } ?? ""
        return EventCard(title: text(event.title), url: link(SiteURLs.path(of: .event, id: id)), summary: text(event.summary),
                         whenHTML: whenHTML(event), place: place, kind: event.kind.label,
                         status: event.status == .scheduled ? nil : event.status.label)
    }

    func eventPage(_ file: ContentFile<Event>) -> (PageViewModel<EventPageBody>, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let event = file.front
        let multiDay = event.end.date != event.start.date
        let rows = event.programme.map { item in
            let start = item.start.resolved(on: event.start.date)
            var timeHTML: String
            if let end = item.end?.resolved(on: event.start.date), end.date == start.date {
                timeHTML = french.timeRange(from: start.time, to: end.time).htmlEscaped
            } else {
                timeHTML = french.time(start.time).htmlEscaped
            }
            // Over several days, each item says its day.
            if multiDay { timeHTML = french.dateHTML(start.date, weekday: true) + ", " + timeHTML }
            let people = (item.moderators.map { participant($0, prefix: "Animation : ") } + item.speakers.map { participant($0, prefix: "") })
            return EventPageBody.ProgrammeRow(timeHTML: timeHTML, format: item.format.label, title: text(item.title),
                                              description: text(item.description), people: people.isEmpty ? nil : FrenchTypography.apply(people.joined(separator: " ; ")))
        }
        let registration = event.registration.map { registration in
            var summary = registration.required ? "Inscription obligatoire" : "Inscription conseillée"
            summary += registration.free ? ", gratuite" : ", payante"
            if let capacity = registration.capacity { summary += ", dans la limite de \(french.integer(capacity)) places" }
            return RegistrationLines(summary: summary + ".", url: registration.url.map(href), email: registration.email?.value,
                                     emailHref: registration.email.map { "mailto:\($0.value)" },
                                     deadlineHTML: registration.deadline.map { "avant le \(timeHTML($0))" })
        }
        let relatedAids = event.relatedAids.compactMap { aidCard($0.id) }.map { Link(label: $0.title, url: $0.url) }
        let relatedProgrammes = event.relatedProgrammes.compactMap(programmeLink)
        let relatedBasins = event.relatedBasins.compactMap(basinLink)
        let body = EventPageBody(
            title: text(event.title), summary: text(event.summary), kind: event.kind.label,
            status: event.status == .scheduled ? nil : event.status.label,
            isPast: event.end.date < graph.buildDate, whenHTML: whenHTML(event), attendance: event.attendanceMode.label,
            venue: event.venue.map { VenueLines(name: text($0.name), street: text($0.streetAddress), locality: "\($0.postalCode) \(text($0.locality))", access: text($0.access)) },
            onlineURL: event.onlineURL.map(href), registration: registration,
            organizers: event.organizers.compactMap { organisationLink($0.id) },
            descriptionHTML: html(bodyOf: file, diagnostics: &diagnostics),
            programme: rows, hasProgramme: !rows.isEmpty,
            programmeCaption: multiDay ? "Programme " + french.dateRange(from: event.start.date, to: event.end.date)
                : "Programme du \(french.date(event.start.date))",
            relatedAids: relatedAids, relatedProgrammes: relatedProgrammes, relatedBasins: relatedBasins,
            hasRelated: !(relatedAids.isEmpty && relatedProgrammes.isEmpty && relatedBasins.isEmpty),
            dateModifiedHTML: timeHTML(file.meta.dateModified))
        let meta = meta(title: body.title, description: body.summary, path: SiteURLs.path(of: .event, id: file.id),
                        trail: [Link(label: "Événements", url: link(SiteURLs.list(of: .event)))], section: SiteURLs.list(of: .event),
                        openGraphType: "article")
        return (page(meta, body), diagnostics)
    }

    /// "Olivier Dussopt, ministre du Travail (Ministère du Travail)"
    private func participant(_ person: Participant, prefix: String) -> String {
        var text = prefix + self.text(person.name)
        if let role = person.role { text += ", " + self.text(role) }
        if let organisation = person.organisation { text += " (\(self.text(graph.organisationName(organisation))))" }
        return text
    }
}

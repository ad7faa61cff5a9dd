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
    /// The status as a sentence, for a cancelled, postponed or moved-online event.
    let statusSentence: String?
    let isPast: Bool
    /// "Cet événement a eu lieu le jeudi 1er décembre 2022."
    let pastSentenceHTML: String?
    let whenHTML: String
    /// Over several days, when it starts and ends.
    let hoursHTML: String?
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
    /// Said when the event is over.
    let isClosed: Bool
    let url: String?
    let email: String?
    let emailHref: String?
    let deadlineHTML: String?
}

extension Presentation {
    /// One day: "jeudi 1er décembre 2022, de 13 h 30 à 18 h"; several days: "du 14 au 16 mars 2027".
    func whenHTML(_ event: RecordEvent) -> String {
        let start = event.start.local, end = event.end.local
        guard start.date != end.date else { return french.dateTimeRangeHTML(from: start, to: end) }
        return french.dateRangeHTML(from: start.date, to: end.date)
    }

    /// Over several days: "Début le dimanche 14 mars 2027 à 9 h, fin le mardi 16 mars 2027 à 17 h."
    func hoursHTML(_ event: RecordEvent) -> String? {
        let start = event.start.local, end = event.end.local
        guard start.date != end.date else { return nil }
        return "Début le \(french.dateHTML(start.date, weekday: true)) à \(HTML.text(french.time(start.time))), "
            + "fin le \(french.dateHTML(end.date, weekday: true)) à \(HTML.text(french.time(end.time)))."
    }

    func statusSentence(_ event: RecordEvent) -> String? {
        switch event.status.code {
        case "cancelled": "Cet événement est annulé."
        case "postponed": text("Cet événement est reporté : sa nouvelle date sera annoncée sur cette page.")
        case "movedOnline": "Cet événement se tient finalement en ligne, et non plus sur place."
        default: nil
        }
    }

    /// Inclusive: "jusqu’au 10 juin 2027 inclus" (the whole day) or "jusqu’au 10 juin 2027 à 23 h 59".
    func deadlineHTML(_ registration: RecordRegistration) -> String? {
        guard let date = registration.deadline else { return nil }
        let day = "jusqu’au \(french.dateHTML(date))"
        return registration.deadlineTime.map { "\(day) à \(HTML.text(french.time($0)))" } ?? day + " inclus"
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
            return RegistrationLines(summary: summary + ".", isClosed: event.isPast, url: registration.url.map(href), email: registration.email,
                                     emailHref: registration.email.map { "mailto:" + $0 },
                                     deadlineHTML: deadlineHTML(registration))
        }
        let relatedAids = event.relatedAids.map(itemLink)
        let relatedProgrammes = event.relatedProgrammes.map(itemLink)
        let relatedBasins = event.relatedBasins.map(itemLink)
        let body = EventPageBody(
            title: text(event.title), summary: text(event.summary), kind: event.kind.label,
            status: event.status.code == "scheduled" ? nil : event.status.label, statusSentence: statusSentence(event),
            isPast: event.isPast,
            pastSentenceHTML: event.isPast ? "Cet événement a eu lieu \(event.start.local.date == event.end.local.date ? "le " : "")\(whenDayHTML(event))." : nil,
            whenHTML: whenHTML(event), hoursHTML: hoursHTML(event), attendance: FrenchList.lowercasingFirst(event.attendanceMode.label),
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

    /// "le jeudi 1er décembre 2022", "du 14 au 16 mars 2027".
    private func whenDayHTML(_ event: RecordEvent) -> String {
        let start = event.start.local.date, end = event.end.local.date
        return start == end ? french.dateHTML(start, weekday: true) : french.dateRangeHTML(from: start, to: end)
    }

    /// "Olivier Dussopt, ministre du Travail (Ministère du Travail)"
    private func participant(_ person: RecordParticipant, prefix: String) -> String {
        var text = prefix + self.text(person.name)
        if let role = person.role { text += ", " + self.text(role) }
        if let organisation = person.organisationName { text += " (\(self.text(organisation)))" }
        return text
    }
}

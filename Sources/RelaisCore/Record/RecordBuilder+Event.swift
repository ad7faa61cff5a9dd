import RelaisFrench

extension RecordBuilder {
    func zoned(_ local: LocalDateTime, in timezone: String) -> ZonedDateTime {
        // The reader accepts only the zones TimeZoneRules knows.
        let rules = TimeZoneRules.named(timezone) ?? .paris
        return ZonedDateTime(local: local, timezone: timezone, offsetSeconds: rules.offset(at: local))
    }

    func event(_ file: ContentFile<Event>) -> (RecordEvent, Findings) {
        var findings = Findings()
        let event = file.front
        let path = SiteURLs.path(of: .event, id: file.id)
        let programme = event.programme.map { item in
            RecordProgrammeItem(
                start: zoned(item.start.resolved(on: event.start.date), in: event.timezone),
                end: item.end.map { zoned($0.resolved(on: event.start.date), in: event.timezone) },
                format: Labelled(item.format, label: item.format.label), title: item.title, description: item.description,
                moderators: item.moderators.compactMap(participant), speakers: item.speakers.compactMap(participant))
        }
        let record = RecordEvent(
            id: file.id, path: path, url: pageURL(path), sourceFile: file.path,
            title: event.title, summary: event.summary, description: body(of: file, datedOn: event.start.date, findings: &findings),
            kind: Labelled(event.kind, label: event.kind.label),
            start: zoned(event.start, in: event.timezone), end: zoned(event.end, in: event.timezone),
            status: Labelled(event.status, label: event.status.label),
            attendanceMode: Labelled(event.attendanceMode, label: event.attendanceMode.label),
            venue: event.venue.map { RecordVenue(name: $0.name, streetAddress: $0.streetAddress, postalCode: $0.postalCode, locality: $0.locality, access: $0.access) },
            onlineURL: event.onlineURL.map(recordURL),
            organizers: event.organizers.compactMap { summaries[$0.id] },
            registration: event.registration.map { registration in
                RecordRegistration(required: registration.required, url: registration.url.map(recordURL), email: registration.email?.value,
                                   deadline: registration.deadline?.date,
                                   deadlineTime: registration.deadline.flatMap { if case .dateTime(let value) = $0 { value.time } else { nil } }, free: registration.free, capacity: registration.capacity)
            },
            programme: programme,
            relatedAids: event.relatedAids.compactMap { summary(.aid, $0.id) },
            relatedProgrammes: event.relatedProgrammes.compactMap { summary(.programme, $0.id) },
            relatedBasins: event.relatedBasins.compactMap { summary(.basin, $0.id) },
            isPast: event.end.date < graph.buildDate,
            calendarURL: pageURL(path + "evenement.ics"), dates: dates(file.meta))
        return (record, findings)
    }

    /// Only people who consented are published (the reader refuses the others).
    func participant(_ person: Participant) -> RecordParticipant? {
        guard person.consentToPublish else { return nil }
        return RecordParticipant(name: person.name, role: person.role,
                                 organisationName: person.organisation.map(organisationName),
                                 organisation: person.organisation.flatMap { summaries[$0.id] })
    }
}

import RelaisFrench
import Yams

extension Event {
    /// The IANA zones of France and its overseas territories that Relais knows the rules of.
    static let knownTimezones = [
        "Europe/Paris", "America/Guadeloupe", "America/Martinique", "America/Cayenne", "America/Miquelon",
        "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti", "Pacific/Wallis",
    ]

    init?(reading r: MappingReader) {
        let title = r.read("title") as String?
        let summary = r.read("summary") as String?
        let kind: Kind? = r.read("kind")
        let start: LocalDateTime? = r.read("start")
        let end: LocalDateTime? = r.read("end")
        let timezone: String? = r.read("timezone")
        let status: Status? = r.read("status")
        let attendanceMode: AttendanceMode? = r.read("attendanceMode")
        let venue: Venue? = r.read("venue")
        let onlineURL: ContentURL? = r.read("onlineUrl")
        let organizers: [Reference]? = r.read("organizers")
        let registration: Registration? = r.read("registration")
        let programme: [ProgrammeItem] = r.list("programme")
        let relatedAids: [Reference] = r.list("relatedAids")
        let relatedProgrammes: [Reference] = r.list("relatedProgrammes")
        let relatedBasins: [Reference] = r.list("relatedBasins")

        if let start, let end, end <= start {
            r.requireCondition("end", "L'événement finit (\(end.iso)) avant d'avoir commencé (\(start.iso)).",
                               hint: "Vérifiez « start » et « end » : la fin doit suivre le début.")
        }
        if let timezone, !Self.knownTimezones.contains(timezone) {
            let near = Suggestion.nearest(to: timezone, among: Self.knownTimezones)
            r.requireCondition("timezone", "Le fuseau horaire « \(timezone) » n'est pas pris en charge.",
                               hint: near.map { "Vouliez-vous dire « \($0) » ?" } ?? "Fuseaux possibles : \(Self.knownTimezones.joined(separator: ", ")).")
        }
        if let attendanceMode {
            if attendanceMode != .online, venue == nil {
                r.requireCondition("attendanceMode", "Un événement « \(attendanceMode.rawValue) » a lieu sur place : le lieu (« venue ») manque.",
                                   hint: "Ajoutez « venue: { name: …, streetAddress: …, postalCode: …, locality: … } », ou écrivez « attendanceMode: online ».")
            }
            if attendanceMode != .offline, onlineURL == nil {
                r.requireCondition("attendanceMode", "Un événement « \(attendanceMode.rawValue) » se suit en ligne : l'adresse « onlineUrl » manque.",
                                   hint: "Ajoutez « onlineUrl: https://… », ou écrivez « attendanceMode: offline ».")
            }
        }
        if let start, let end {
            Self.checkProgramme(programme, of: r, from: start, to: end)
            if let deadline = registration?.deadline, deadline.lastMoment > end {
                let location = r.valueNode("registration").flatMap { node -> SourceLocation? in
                    guard case .mapping(let mapping) = node, let value = mapping.first(where: { $0.key.scalarText == "deadline" })?.value else { return nil }
                    return r.context.location(of: value)
                } ?? r.location(of: "registration")
                r.context.log.error(location, "La date limite d'inscription (\(deadline.iso)) tombe après la fin de l'événement (\(end.iso)).",
                                    hint: "Une inscription se clôt au plus tard à la fin de l'événement : avancez « deadline ».")
            }
        }

        guard let title, let summary, let kind, let start, let end, let attendanceMode, let organizers else { return nil }
        self.init(title: title, summary: summary, kind: kind, start: start, end: end, timezone: timezone ?? "Europe/Paris",
                  status: status ?? .scheduled, attendanceMode: attendanceMode, venue: venue, onlineURL: onlineURL,
                  organizers: organizers, registration: registration, programme: programme, relatedAids: relatedAids,
                  relatedProgrammes: relatedProgrammes, relatedBasins: relatedBasins)
    }
}

extension Venue: YAMLMapping {
    init?(reading r: MappingReader) {
        let name: String? = r.read("name")
        let streetAddress: String? = r.read("streetAddress")
        let postalCode: String? = r.read("postalCode")
        let locality: String? = r.read("locality")
        let access: String? = r.read("access")
        if let postalCode, !(postalCode.count == 5 && postalCode.allSatisfy(\.isASCIIDigit)) {
            r.requireCondition("postalCode", "Le code postal « \(postalCode) » doit compter cinq chiffres.",
                               hint: "Écrivez-le entre guillemets pour garder le zéro initial : \"01000\".")
        }
        guard let name, let streetAddress, let postalCode, let locality else { return nil }
        self.init(name: name, streetAddress: streetAddress, postalCode: postalCode, locality: locality, access: access)
    }
}

extension Registration: YAMLMapping {
    init?(reading r: MappingReader) {
        let required: Bool? = r.read("required")
        let url: ContentURL? = r.read("url")
        let email: EmailAddress? = r.read("email")
        let deadline: Deadline? = r.read("deadline")
        let free: Bool? = r.read("free")
        let capacity = (r.read("capacity") as Int?)
        guard let required else { return nil }
        self.init(required: required, url: url, email: email, deadline: deadline, free: free ?? true, capacity: capacity)
    }
}

extension ProgrammeItem: YAMLMapping {
    init?(reading r: MappingReader) {
        let start: Time? = r.read("start")
        let end: Time? = r.read("end")
        let format: Format? = r.read("format")
        let title: String? = r.read("title")
        let description: String? = r.read("description")
        let moderators: [Participant] = r.list("moderators")
        let speakers: [Participant] = r.list("speakers")
        guard let start, let format, let title else { return nil }
        self.init(start: start, end: end, format: format, title: title, description: description,
                  moderators: moderators, speakers: speakers)
    }
}

extension ProgrammeItem.Time: YAMLReadable {
    static var shape: ValueShape { .either([.time, .dateTime]) }

    static func read(_ node: Node, field: String, in context: ReadContext) -> ProgrammeItem.Time? {
        if let text = node.scalarText {
            if let time = LocalTime(text: text) { return .time(time) }
            if let dateTime = LocalDateTime(iso: text) { return .dateTime(dateTime) }
        }
        context.error(at: node, "« \(field) » doit être une heure (13:30) ou une date et une heure (2022-12-01T13:30), pas « \(node.scalarText ?? node.kindDescription) ».",
                      hint: "Écrivez l'heure entre guillemets : \"13:30\".")
        return nil
    }

    /// The date-time this time means for an event that starts on `day`.
    public func resolved(on day: CalendarDate) -> LocalDateTime {
        switch self {
        case .time(let time): LocalDateTime(date: day, time: time)
        case .dateTime(let dateTime): dateTime
        }
    }
}

extension Participant: YAMLMapping {
    init?(reading r: MappingReader) {
        let name: String? = r.read("name")
        let role: String? = r.read("role")
        let organisation: Reference? = r.read("organisation")
        let consent: Bool? = r.read("consentToPublish")
        if let consent, !consent {
            r.requireCondition("consentToPublish", "« \(name ?? "Cette personne") » n'a pas donné son accord pour être publiée.",
                               hint: "Retirez cette personne du programme, ou obtenez son accord et écrivez « consentToPublish: true ».")
        }
        guard let name, let consent, consent else { return nil }
        self.init(name: name, role: role, organisation: organisation, consentToPublish: consent)
    }
}

extension Event {
    /// Each item starts and ends within the event's hours, and after the item before: a programme reads in order.
    /// Problems are reported at the item's own line.
    static func checkProgramme(_ programme: [ProgrammeItem], of r: MappingReader, from start: LocalDateTime, to end: LocalDateTime) {
        var locations: [SourceLocation] = []
        if let node = r.valueNode("programme"), case .sequence(let items) = node {
            locations = items.map { r.context.location(of: $0) }
        }
        var previous: LocalDateTime?
        for (index, item) in programme.enumerated() {
            let location = index < locations.count ? locations[index] : r.location(of: "programme")
            let itemStart = item.start.resolved(on: start.date)
            let itemEnd = item.end?.resolved(on: start.date)
            if let itemEnd, itemEnd <= itemStart {
                r.context.log.error(location, "La séquence « \(item.title) » finit avant d'avoir commencé.",
                                    hint: "Vérifiez « start » et « end » de cette séquence.")
            } else if itemStart < start || itemStart > end || (itemEnd.map { $0 > end } ?? false) {
                r.context.log.error(location, "La séquence « \(item.title) » sort des horaires de l'événement (\(start.iso) – \(end.iso)).",
                                    hint: "Vérifiez ses heures, ou celles de l'événement ; pour un autre jour, écrivez la date : 2022-12-02T09:00.")
            } else if let previous, itemStart < previous {
                r.context.log.error(location, "La séquence « \(item.title) » commence avant la séquence qui la précède.",
                                    hint: "Rangez les séquences du programme dans l'ordre de leurs horaires.")
            }
            previous = itemStart
        }
    }
}

extension Registration.Deadline: YAMLReadable {
    static var shape: ValueShape { .either([.date, .dateTime]) }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Registration.Deadline? {
        if let text = node.scalarText {
            if let date = CalendarDate(iso: text) { return .date(date) }
            if let dateTime = LocalDateTime(iso: text) { return .dateTime(dateTime) }
        }
        context.error(at: node, "« \(field) » doit être une date (2027-06-10) ou une date et une heure (2027-06-10T23:59), pas « \(node.scalarText ?? node.kindDescription) ».",
                      hint: "La date limite est incluse : « 2027-06-10 » ouvre les inscriptions jusqu'à la fin de ce jour.")
        return nil
    }

    var iso: String {
        switch self {
        case .date(let date): date.iso
        case .dateTime(let dateTime): dateTime.iso
        }
    }
}

import RelaisFrench

/// An event: `evenements/<id>.md`, the body is its presentation.
public struct Event: Sendable {
    public enum Kind: String, YAMLEnum {
        case conference, studyDay, forum, workshop, webinar, infoSession, other
        public var label: String {
            switch self {
            case .conference: "Conférence"
            case .studyDay: "Journée d’étude"
            case .forum: "Forum"
            case .workshop: "Atelier"
            case .webinar: "Webinaire"
            case .infoSession: "Réunion d’information"
            case .other: "Événement"
            }
        }
    }
    public enum Status: String, YAMLEnum {
        case scheduled, cancelled, postponed, movedOnline
        public var label: String {
            switch self {
            case .scheduled: "Programmé"
            case .cancelled: "Annulé"
            case .postponed: "Reporté"
            case .movedOnline: "Passé en ligne"
            }
        }
    }
    public enum AttendanceMode: String, YAMLEnum {
        case offline, online, mixed
        public var label: String {
            switch self {
            case .offline: "Sur place"
            case .online: "En ligne"
            case .mixed: "Sur place et en ligne"
            }
        }
    }

    public var title: String
    public var summary: String
    public var kind: Kind
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var timezone: String
    public var status: Status
    public var attendanceMode: AttendanceMode
    public var venue: Venue?
    public var onlineURL: ContentURL?
    public var organizers: [Reference]
    public var registration: Registration?
    public var programme: [ProgrammeItem]
    public var relatedAids: [Reference]
    public var relatedProgrammes: [Reference]
    public var relatedBasins: [Reference]
}

public struct Venue: Sendable, Hashable {
    public var name: String
    public var streetAddress: String
    public var postalCode: String
    public var locality: String
    public var access: String?
}

public struct Registration: Sendable, Hashable {
    public var required: Bool
    public var url: ContentURL?
    public var email: EmailAddress?
    public var deadline: Deadline?
    public var free: Bool
    public var capacity: Int?

    /// The last day to register, or the last day and time; inclusive either way.
    public enum Deadline: Sendable, Hashable {
        case date(CalendarDate)
        case dateTime(LocalDateTime)
        public var date: CalendarDate {
            switch self {
            case .date(let date): date
            case .dateTime(let dateTime): dateTime.date
            }
        }
        /// The last moment registration is open: the end of the day when no time is given.
        public var lastMoment: LocalDateTime {
            switch self {
            case .date(let date): LocalDateTime(date: date, time: .lastMinute)
            case .dateTime(let dateTime): dateTime
            }
        }
    }
}

/// One item of an event's programme.
public struct ProgrammeItem: Sendable, Hashable {
    public enum Format: String, YAMLEnum {
        case welcome, openingSpeech, keynote, roundTable, workshop, testimony, `break`, closing, other
        public var label: String {
            switch self {
            case .welcome: "Accueil"
            case .openingSpeech: "Ouverture"
            case .keynote: "Intervention"
            case .roundTable: "Table ronde"
            case .workshop: "Atelier"
            case .testimony: "Témoignages"
            case .break: "Pause"
            case .closing: "Clôture"
            case .other: "Séquence"
            }
        }
    }
    /// A programme time: "13:30" on the event's first day, or a full local date-time.
    public enum Time: Sendable, Hashable {
        case time(LocalTime)
        case dateTime(LocalDateTime)
    }

    public var start: Time
    public var end: Time?
    public var format: Format
    public var title: String
    public var description: String?
    public var moderators: [Participant]
    public var speakers: [Participant]
}

/// A speaker or moderator; published only with their consent.
public struct Participant: Sendable, Hashable {
    public var name: String
    public var role: String?
    /// An organisation id or plain text.
    public var organisation: Reference?
    public var consentToPublish: Bool
}

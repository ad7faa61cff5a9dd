import RelaisFrench

/// An event as every output sees it: times with their offsets, organisers resolved, past or upcoming.
public struct RecordEvent: Sendable, Encodable {
    public let id: String
    public let path: String
    public let url: RecordURL
    public let sourceFile: String
    public let title: String
    public let summary: String
    public let description: RichText
    public let kind: Labelled
    public let start: ZonedDateTime
    public let end: ZonedDateTime
    /// `scheduled`, `cancelled`, `postponed` or `movedOnline`.
    public let status: Labelled
    public let attendanceMode: Labelled
    public let venue: RecordVenue?
    public let onlineURL: RecordURL?
    public let organizers: [OrganisationSummary]
    public let registration: RecordRegistration?
    public let programme: [RecordProgrammeItem]
    public let relatedAids: [ItemSummary]
    public let relatedProgrammes: [ItemSummary]
    public let relatedBasins: [ItemSummary]
    /// Ended before the build date.
    public let isPast: Bool
    /// Its calendar file, `/evenements/<id>/evenement.ics`.
    public let calendarURL: RecordURL
    public let dates: RecordDates
}

public struct RecordVenue: Sendable, Hashable, Encodable {
    public let name: String
    public let streetAddress: String
    public let postalCode: String
    public let locality: String
    public let access: String?
}

public struct RecordRegistration: Sendable, Hashable, Encodable {
    public let required: Bool
    public let url: RecordURL?
    public let email: String?
    /// Inclusive: registration is open until the end of this day, or until `deadlineTime` on it.
    public let deadline: CalendarDate?
    public let deadlineTime: LocalTime?
    public let free: Bool
    public let capacity: Int?
}

public struct RecordProgrammeItem: Sendable, Hashable, Encodable {
    public let start: ZonedDateTime
    public let end: ZonedDateTime?
    public let format: Labelled
    public let title: String
    public let description: String?
    public let moderators: [RecordParticipant]
    public let speakers: [RecordParticipant]
}

/// A speaker or moderator who consented to be published.
public struct RecordParticipant: Sendable, Hashable, Encodable {
    public let name: String
    public let role: String?
    /// The organisation's name, whether it is one of the guide's or plain text.
    public let organisationName: String?
    public let organisation: OrganisationSummary?
}

// The field tables of the view models in EventViews.swift: what templates can name (see ViewFields).

extension EventCard {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("url", \.url), .field("summary", \.summary), .field("whenHTML", \.whenHTML),
        .field("place", \.place), .field("kind", \.kind), .field("status", \.status),
    ])
}

extension EventPageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("summary", \.summary), .field("kind", \.kind), .field("status", \.status),
        .field("statusSentence", \.statusSentence), .field("isPast", \.isPast), .field("pastSentenceHTML", \.pastSentenceHTML),
        .field("whenHTML", \.whenHTML), .field("hoursHTML", \.hoursHTML), .field("attendance", \.attendance),
        .field("venue", \.venue), .field("onlineURL", \.onlineURL), .field("registration", \.registration),
        .field("organizers", \.organizers), .field("descriptionHTML", \.descriptionHTML),
        .field("programme", \.programme), .field("hasProgramme", \.hasProgramme),
        .field("programmeCaption", \.programmeCaption), .field("relatedAids", \.relatedAids),
        .field("relatedProgrammes", \.relatedProgrammes), .field("relatedBasins", \.relatedBasins),
        .field("hasRelated", \.hasRelated), .field("calendarURL", \.calendarURL), .field("calendarFileName", \.calendarFileName),
        .field("dateModifiedHTML", \.dateModifiedHTML),
    ])
}

extension EventPageBody.ProgrammeRow {
    static let fields = ViewFields<Self>([
        .field("timeHTML", \.timeHTML), .field("format", \.format), .field("title", \.title),
        .field("description", \.description), .field("people", \.people),
    ])
}

extension VenueLines {
    static let fields = ViewFields<Self>([
        .field("name", \.name), .field("street", \.street), .field("locality", \.locality), .field("access", \.access),
    ])
}

extension RegistrationLines {
    static let fields = ViewFields<Self>([
        .field("summary", \.summary), .field("isClosed", \.isClosed), .field("url", \.url), .field("email", \.email),
        .field("emailHref", \.emailHref),
        .field("deadlineHTML", \.deadlineHTML),
    ])
}

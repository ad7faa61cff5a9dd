import Foundation
import RelaisFrench

extension SchemaOrg {
    /// An event, or one item of its programme (`subEvent`). Dates carry the offset of their own day.
    struct Event: Encodable, Sendable {
        let type = "Event"
        let name: String
        let description: String?
        let url: String?
        let startDate: String
        let endDate: String?
        let eventStatus: String?
        let eventAttendanceMode: String?
        let location: OneOrMany<Location>?
        let organizer: OneOrMany<Organization>?
        let offers: Offer?
        let performer: OneOrMany<Person>?
        let subEvent: OneOrMany<Event>?
        let inLanguage: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", name, description, url, startDate, endDate, eventStatus, eventAttendanceMode, location, organizer,
                 offers, performer, subEvent, inLanguage
        }

        init(_ event: RecordEvent, buildDate: CalendarDate, language: String) {
            name = event.title
            description = event.summary
            url = event.url.absolute
            startDate = event.start.iso8601
            endDate = event.end.iso8601
            eventStatus = vocabulary + Self.statuses[event.status.code, default: "EventScheduled"]
            eventAttendanceMode = vocabulary + Self.attendanceModes[event.attendanceMode.code, default: "OfflineEventAttendanceMode"]
            var places: [Location] = []
            if let venue = event.venue { places.append(.place(Place(venue))) }
            if let online = event.onlineURL { places.append(.virtual(VirtualLocation(url: online.absolute))) }
            location = OneOrMany(places)
            organizer = OneOrMany(event.organizers.map(Organization.init))
            offers = event.registration.flatMap { registration in
                guard registration.free else { return nil }
                let open = !event.isPast && event.status.code != "cancelled" && (registration.deadline.map { $0 >= buildDate } ?? true)
                return Offer(price: 0, availability: vocabulary + (open ? "InStock" : "Discontinued"),
                             url: (registration.url ?? event.url).absolute, validThrough: registration.deadline?.iso)
            }
            performer = nil
            subEvent = OneOrMany(event.programme.map(Event.init(item:)))
            inLanguage = language
        }

        /// A programme item: its speakers and moderators are its performers.
        init(item: RecordProgrammeItem) {
            name = item.title
            description = item.description
            url = nil
            startDate = item.start.iso8601
            endDate = item.end?.iso8601
            eventStatus = nil
            eventAttendanceMode = nil
            location = nil
            organizer = nil
            offers = nil
            performer = OneOrMany((item.moderators + item.speakers).map(Person.init))
            subEvent = nil
            inLanguage = nil
        }

        static let statuses = [
            "scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed", "movedOnline": "EventMovedOnline",
        ]
        static let attendanceModes = [
            "offline": "OfflineEventAttendanceMode", "online": "OnlineEventAttendanceMode", "mixed": "MixedEventAttendanceMode",
        ]
    }

    /// Where an event takes place: a venue, an online address, or both for a mixed event.
    enum Location: Encodable, Sendable {
        case place(Place)
        case virtual(VirtualLocation)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .place(let place): try place.encode(to: encoder)
            case .virtual(let virtual): try virtual.encode(to: encoder)
            }
        }
    }

    struct Place: Encodable, Sendable {
        let type = "Place"
        let name: String
        let address: PostalAddress

        enum CodingKeys: String, CodingKey { case type = "@type", name, address }

        init(_ venue: RecordVenue) {
            name = venue.name
            address = PostalAddress(streetAddress: venue.streetAddress, postalCode: venue.postalCode, addressLocality: venue.locality)
        }
    }

    /// A French address: overseas departments and territories are France too.
    struct PostalAddress: Encodable, Sendable {
        let type = "PostalAddress"
        let streetAddress: String
        let postalCode: String
        let addressLocality: String
        let addressCountry = "FR"

        enum CodingKeys: String, CodingKey { case type = "@type", streetAddress, postalCode, addressLocality, addressCountry }
    }

    struct VirtualLocation: Encodable, Sendable {
        let type = "VirtualLocation"
        let url: String

        enum CodingKeys: String, CodingKey { case type = "@type", url }
    }

    /// A speaker or moderator who consented to be published.
    struct Person: Encodable, Sendable {
        let type = "Person"
        let name: String
        let jobTitle: String?
        let affiliation: Organization?

        enum CodingKeys: String, CodingKey { case type = "@type", name, jobTitle, affiliation }

        init(_ participant: RecordParticipant) {
            name = participant.name
            jobTitle = participant.role
            affiliation = participant.organisation.map(Organization.init) ?? participant.organisationName.map { Organization(name: $0) }
        }
    }
}

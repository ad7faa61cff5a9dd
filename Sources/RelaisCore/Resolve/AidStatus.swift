import RelaisFrench

/// Where an aid stands on the build date.
public enum AidStatus: Sendable, Hashable {
    case upcoming(opens: CalendarDate)
    case open(closes: CalendarDate)
    case closingSoon(closes: CalendarDate, daysLeft: Int)
    case closed(closed: CalendarDate)
    /// Permanent: open with no closing date.
    case ongoing
    /// Closed to applications by its authors (`availability`), whatever its dates say.
    case withdrawn(Availability)

    /// The status of an aid on `date`; "closing soon" within `closingSoonDays` days of its closing date.
    public init(aid: borrowing Aid, on date: CalendarDate, closingSoonDays: Int) {
        // What the authors say wins over the dates, from the day it takes effect.
        if let availability = aid.availability, (availability.since ?? date) <= date {
            self = .withdrawn(availability)
        } else if let opening = aid.openingDate, opening > date {
            self = .upcoming(opens: opening)
        } else if let closing = aid.closingDate {
            let daysLeft = date.days(until: closing)
            if daysLeft < 0 {
                self = .closed(closed: closing)
            } else if daysLeft <= closingSoonDays {
                self = .closingSoon(closes: closing, daysLeft: daysLeft)
            } else {
                self = .open(closes: closing)
            }
        } else {
            self = .ongoing
        }
    }

    /// Open to applications now (open, closing soon or permanent).
    public var isOpen: Bool {
        switch self {
        case .open, .closingSoon, .ongoing: true
        case .upcoming, .closed, .withdrawn: false
        }
    }

    /// Closed to applications for good or for now: by its dates or by its authors.
    public var isClosed: Bool {
        switch self {
        case .closed, .withdrawn: true
        default: false
        }
    }

    /// A stable word for CSS classes and data: `upcoming`, `open`, `closingSoon`, `closed`, `ongoing`, and for an
    /// aid closed by its authors `suspended`, `fundsExhausted` or `closed`.
    public var code: String {
        switch self {
        case .upcoming: "upcoming"
        case .open: "open"
        case .closingSoon: "closingSoon"
        case .closed: "closed"
        case .ongoing: "ongoing"
        case .withdrawn(let availability): availability.state.rawValue
        }
    }
}

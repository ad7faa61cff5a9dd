import RelaisFrench

/// Where an aid stands on the build date.
public enum AidStatus: Sendable, Hashable {
    case upcoming(opens: CalendarDate)
    case open(closes: CalendarDate)
    case closingSoon(closes: CalendarDate, daysLeft: Int)
    case closed(closed: CalendarDate)
    /// Permanent: open with no closing date.
    case ongoing

    /// The status of an aid on `date`; "closing soon" within `closingSoonDays` days of its closing date.
    public init(aid: Aid, on date: CalendarDate, closingSoonDays: Int) {
        if let opening = aid.openingDate, opening > date {
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
        case .upcoming, .closed: false
        }
    }

    public var isClosed: Bool {
        if case .closed = self { return true }
        return false
    }

    /// A stable word for CSS classes and data: `upcoming`, `open`, `closingSoon`, `closed`, `ongoing`.
    public var code: String {
        switch self {
        case .upcoming: "upcoming"
        case .open: "open"
        case .closingSoon: "closingSoon"
        case .closed: "closed"
        case .ongoing: "ongoing"
        }
    }
}

import Foundation
import RelaisFrench

/// An aid as every output sees it: references resolved, status computed for the build date.
///
/// Immutable, so a value in all but name: a class, because the guide, its facets, data files and basin pages each
/// walk all 10,000 aids, and copying a struct of thirty fields retains each of them (some 5 % of a one-aid rebuild).
public final class RecordAid: Sendable, Encodable {
    public let id: String
    public let path: String
    public let url: RecordURL
    /// The content file it comes from, for messages and dependencies.
    public let sourceFile: String
    public let title: String
    public let promise: String
    public let description: RichText
    public let eligibility: RichText
    public let status: RecordAidStatus
    public let aidTypes: [Labelled]
    public let financialComponents: [RecordFinancialComponent]
    public let audiences: [Labelled]
    public let companySizes: [Labelled]
    public let targetGroups: [Labelled]
    public let jobConditions: RecordJobConditions?
    public let themes: [Labelled]
    public let territories: [NamedTerritory]
    public let backers: [RecordBacker]
    public let programmes: [ItemSummary]
    public let recurrence: Labelled
    public let openingDate: CalendarDate?
    public let closingDate: CalendarDate?
    public let applicationURL: RecordURL?
    public let moreInfoURL: RecordURL?
    public let contacts: [PublishedContact]
    public let documents: [RecordDocument]
    public let source: RecordSource?
    public let dates: RecordDates
    /// Up to four current aids to read next: sharing its themes, then its basins.
    public let related: [ItemSummary]

    init(
        id: String,
        path: String,
        url: RecordURL,
        sourceFile: String,
        title: String,
        promise: String,
        description: RichText,
        eligibility: RichText,
        status: RecordAidStatus,
        aidTypes: [Labelled],
        financialComponents: [RecordFinancialComponent],
        audiences: [Labelled],
        companySizes: [Labelled],
        targetGroups: [Labelled],
        jobConditions: RecordJobConditions?,
        themes: [Labelled],
        territories: [NamedTerritory],
        backers: [RecordBacker],
        programmes: [ItemSummary],
        recurrence: Labelled,
        openingDate: CalendarDate?,
        closingDate: CalendarDate?,
        applicationURL: RecordURL?,
        moreInfoURL: RecordURL?,
        contacts: [PublishedContact],
        documents: [RecordDocument],
        source: RecordSource?,
        dates: RecordDates,
        related: [ItemSummary]
    ) {
        self.id = id
        self.path = path
        self.url = url
        self.sourceFile = sourceFile
        self.title = title
        self.promise = promise
        self.description = description
        self.eligibility = eligibility
        self.status = status
        self.aidTypes = aidTypes
        self.financialComponents = financialComponents
        self.audiences = audiences
        self.companySizes = companySizes
        self.targetGroups = targetGroups
        self.jobConditions = jobConditions
        self.themes = themes
        self.territories = territories
        self.backers = backers
        self.programmes = programmes
        self.recurrence = recurrence
        self.openingDate = openingDate
        self.closingDate = closingDate
        self.applicationURL = applicationURL
        self.moreInfoURL = moreInfoURL
        self.contacts = contacts
        self.documents = documents
        self.source = source
        self.dates = dates
        self.related = related
    }
}

/// The one status of an aid on the build date. `code` is the same word in CSS classes, JSON and tests.
public struct RecordAidStatus: Sendable, Hashable, Encodable {
    /// `upcoming`, `open`, `closingSoon`, `closed` or `ongoing`; `suspended` or `fundsExhausted` when the authors say so.
    public let code: String
    /// "À venir", "Ouverte", "Clôture proche", "Clôturée", "Permanente", "Suspendue", "Enveloppe épuisée".
    public let label: String
    /// The date the status turns on: opening for upcoming, closing for open, closing soon and closed; for an aid
    /// closed by its authors, the day they say it took effect, if they say it.
    public let date: CalendarDate?
    /// Days left before closing, for closing soon.
    public let daysLeft: Int?
    public let isOpen: Bool
    /// Closed to applications, by its dates or by its authors: listed apart from the current aids.
    public let isClosed: Bool
    /// The authors' sentence when they closed or suspended the aid.
    public let note: String?

    init(_ status: AidStatus) {
        code = status.code
        isOpen = status.isOpen
        isClosed = status.isClosed
        note = if case .withdrawn(let availability) = status { availability.note } else { nil }
        switch status {
        case .upcoming(let opens): (label, date, daysLeft) = ("À venir", opens, nil)
        case .open(let closes): (label, date, daysLeft) = ("Ouverte", closes, nil)
        case .closingSoon(let closes, let days): (label, date, daysLeft) = ("Clôture proche", closes, days)
        case .closed(let closed): (label, date, daysLeft) = ("Clôturée", closed, nil)
        case .ongoing: (label, date, daysLeft) = ("Permanente", nil, nil)
        case .withdrawn(let availability): (label, date, daysLeft) = (availability.state.label, availability.since, nil)
        }
    }
}

/// One money part of an aid, with exact amounts.
public struct RecordFinancialComponent: Sendable, Hashable, Encodable {
    public let kind: Labelled
    public let amount: Decimal?
    /// `jobCreated`, `project`…, with its phrase ("par emploi créé").
    public let per: Labelled?
    public let cap: Decimal?
    public let rateMax: Decimal?
    public let interestRate: Decimal?
    public let durationMonths: Int?
    public let territory: NamedTerritory?
    public let note: String?
    /// The low ends of ranges: amount, rate, duration.
    public let minAmount: Decimal?
    public let rateMin: Decimal?
    public let minDurationMonths: Int?
}

public struct RecordJobConditions: Sendable, Hashable, Encodable {
    public let minNetJobs: Int?
    public let contractTypes: [Labelled]
    public let withinMonths: Int?
}

public struct RecordBacker: Sendable, Hashable, Encodable {
    public let organisation: OrganisationSummary
    public let roles: [Labelled]
}

import RelaisFrench

/// What an output read from the record while it was made: its recorded dependencies. A later build re-renders
/// the output only when one of them changed.
final class ReadLog: @unchecked Sendable {
    // One log per output, used by the one task that renders and writes it: no lock needed.
    private(set) var inputs: Set<OutputInput> = []

    func note(_ input: OutputInput) { inputs.insert(input) }
}

/// The record as view models and writers see it: the same questions as `SiteRecord`, each answer noted in the
/// output's log, so that dependencies are recorded rather than listed by hand.
struct RecordReader: Sendable {
    let record: SiteRecord
    let log: ReadLog?

    init(_ record: SiteRecord, log: ReadLog? = nil) {
        self.record = record
        self.log = log
    }

    private func noted<T>(_ input: OutputInput, _ value: T) -> T {
        log?.note(input)
        return value
    }

    /// The site's identity and options: every output reads them.
    var site: SiteInfo { record.site }
    var buildDate: CalendarDate { noted(.buildDate, record.buildDate) }
    var lastModified: CalendarDate { noted(.lastModified, record.lastModified) }

    var aids: [RecordAid] { noted(.every(.aid), record.aids) }
    /// What lists of links and counts show of every aid: a page that reads only this is not made again when an
    /// aid's text changes.
    var aidHeadlines: [AidHeadline] { noted(.aidHeadlines, record.aidHeadlines) }
    func aidHeadline(_ id: String) -> AidHeadline? { noted(.aidHeadlines, record.aidHeadline(id)) }
    /// What an aid's card shows: a page that reads only this is not made again when the aid's text changes.
    func aidCardFields(_ id: String) -> AidCardFields? { noted(.aidCard(id), record.aid(id, reading: AidCardFields.init)) }
    var events: [RecordEvent] { noted(.every(.event), record.events) }
    var basins: [RecordBasin] { noted(.every(.basin), record.basins) }
    var programmes: [RecordProgramme] { noted(.every(.programme), record.programmes) }
    var news: [RecordNews] { noted(.every(.news), record.news) }
    var pages: [RecordPage] { noted(.every(.page), record.pages) }
    var organisations: [RecordOrganisation] { noted(.organisations, record.organisations) }
    var upcomingEvents: [RecordEvent] { noted(.every(.event), record.upcomingEvents) }
    var pastEvents: [RecordEvent] { noted(.every(.event), record.pastEvents) }

    /// Notes a dependency that is not a part of the record (the list of planned pages).
    func depends(on input: OutputInput) { log?.note(input) }

    func aid(_ id: String) -> RecordAid? { noted(.item(.aid, id), record.aid(id)) }
    func aid<T>(_ id: String, reading read: (RecordAid) -> T) -> T? { noted(.item(.aid, id), record.aid(id, reading: read)) }
    /// How many of these aids are open, each read in place (a basin lists thousands); the status is a card field.
    func openAidCount(_ ids: [String]) -> Int {
        ids.reduce(0) { count, id in count + (noted(.aidCard(id), record.aid(id) { $0.status.isOpen }) == true ? 1 : 0) }
    }
    func event(_ id: String) -> RecordEvent? { noted(.item(.event, id), record.event(id)) }
    func basin(_ id: String) -> RecordBasin? { noted(.item(.basin, id), record.basin(id)) }
    func programme(_ id: String) -> RecordProgramme? { noted(.item(.programme, id), record.programme(id)) }
    func newsItem(_ id: String) -> RecordNews? { noted(.item(.news, id), record.newsItem(id)) }
    func page(_ id: String) -> RecordPage? { noted(.item(.page, id), record.page(id)) }
    func organisation(_ id: String) -> RecordOrganisation? { noted(.organisations, record.organisation(id)) }
}

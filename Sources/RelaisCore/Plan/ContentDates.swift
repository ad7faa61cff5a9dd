import RelaisFrench

/// The content dates of the record by kind and id, to date an output from what it reads: the latest
/// `dates.modified` among its inputs. Made once per plan, so that dating every page costs a lookup.
struct ContentDates: Sendable {
    private var items: [ContentKind: [String: CalendarDate]] = [:]
    private var latest: [ContentKind: CalendarDate] = [:]

    init(_ record: SiteRecord) {
        add(.aid, record.aids.map { ($0.id, $0.dates.modified) })
        add(.event, record.events.map { ($0.id, $0.dates.modified) })
        add(.basin, record.basins.map { ($0.id, $0.dates.modified) })
        add(.programme, record.programmes.map { ($0.id, $0.dates.modified) })
        add(.news, record.news.map { ($0.id, $0.dates.modified) })
        add(.page, record.pages.map { ($0.id, $0.dates.modified) })
    }

    private mutating func add(_ kind: ContentKind, _ dates: [(String, CalendarDate)]) {
        items[kind] = Dictionary(dates, uniquingKeysWith: { first, _ in first })
        latest[kind] = dates.map(\.1).max()
    }

    /// The latest `dates.modified` of the inputs: an item's own, or the latest of a kind for `.every`.
    /// Organisations carry no content date and leave it unchanged; nil when nothing read is dated.
    /// Each page of the guide reads 50 aids and each part of the printed guide 200: the latest is kept as it goes,
    /// without an array of dates per page.
    func lastModified(of inputs: [OutputInput]) -> CalendarDate? {
        var found: CalendarDate?
        for input in inputs {
            let date: CalendarDate? = switch input {
            case .item(let kind, let id): items[kind]?[id]
            case .aidCard(let id): items[.aid]?[id]
            case .every(let kind): latest[kind]
            case .aidHeadlines: latest[.aid]
            case .organisations, .buildDate, .plannedPages, .lastModified, .aidGuide, .planned: nil
            }
            if let date, found.map({ date > $0 }) ?? true { found = date }
        }
        return found
    }
}

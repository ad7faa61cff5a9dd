import RelaisFrench

/// One file the site will have: where it goes, what it is, what it is made from, and how it is made.
/// Pages and artifacts (data files, calendars, feeds, sitemaps, indexes) are planned, rendered and written alike.
struct PlannedOutput: Sendable {
    /// The site path: `/aides/x/` (written as `aides/x/index.html`), `/donnees/aides.csv`.
    let path: String
    let mediaType: MediaType
    /// The parts of the record it is made from, besides the site's identity that every output reads.
    let inputs: [OutputInput]
    let producer: Producer
    /// For pages: the content date of what the page shows, the latest `dates.modified` of its inputs (the sitemap's
    /// `lastmod`); nil when it reads no dated content.
    var lastModified: CalendarDate? = nil
    /// For pages: kept out of search engines and of the sitemap (the 404 page).
    var noindex = false

    enum Producer: Sendable {
        /// A Mustache template fed a view model built from the record. `model` is the view model's schema: the plan
        /// step checks the template's tags against it before anything is rendered.
        case page(template: String, model: ViewSchema, build: @Sendable (Presentation) -> (any ViewModel)?)
        /// A writer that escapes for its own format, writing into a sink that goes to the file piece by piece.
        case artifact(@Sendable (RecordReader, inout ByteSink) -> Void)
    }

    /// A page whose body is a `Body`: `.page("/aides/", template: "pages/aids", model: AidListBody.self, inputs: …) { $0.aidList() }`.
    static func page<Body: ViewModel>(_ path: String, template: String, model: Body.Type, inputs: [OutputInput],
                                      lastModified: CalendarDate?, noindex: Bool = false,
                                      build: @escaping @Sendable (Presentation) -> PageViewModel<Body>?) -> PlannedOutput {
        PlannedOutput(path: path, mediaType: .html, inputs: inputs,
                      producer: .page(template: template, model: PageViewModel<Body>.schema, build: { build($0) }),
                      lastModified: lastModified, noindex: noindex)
    }

    static func artifact(_ path: String, _ mediaType: MediaType, inputs: [OutputInput], write: @escaping @Sendable (RecordReader) -> String) -> PlannedOutput {
        PlannedOutput(path: path, mediaType: mediaType, inputs: inputs, producer: .artifact { record, sink in sink.append(write(record)) })
    }

    /// An artifact whose writer hands its bytes on as it makes them (large files: never whole in memory).
    static func artifact(_ path: String, _ mediaType: MediaType, inputs: [OutputInput],
                         streaming: @escaping @Sendable (RecordReader, inout ByteSink) -> Void) -> PlannedOutput {
        PlannedOutput(path: path, mediaType: mediaType, inputs: inputs, producer: .artifact(streaming))
    }

    var isPage: Bool { mediaType == .html }
}

/// What an output is, as a web server would label it.
enum MediaType: String, Sendable, Hashable {
    case html = "text/html"
    case csv = "text/csv"
    case json = "application/json"
    case calendar = "text/calendar"
    case atom = "application/atom+xml"
    case xml = "application/xml"
    case text = "text/plain"
    case css = "text/css"
    case javascript = "text/javascript"
}

/// A part of the record an output reads.
enum OutputInput: Sendable, Hashable {
    /// One item: `.item(.aid, "x")`.
    case item(ContentKind, String)
    /// Every item of a kind (a list, a feed, a data file).
    case every(ContentKind)
    case organisations
    /// The day of the build itself (a page that says "à la date du …").
    case buildDate
    /// The list of planned pages with their dates (the sitemap).
    case plannedPages
    /// Which aids each page of the guide shows, in which order, and the count of each facet value: what an aid
    /// changes in the guide besides its own card (its status, deadline, title, types, audiences…).
    case aidGuide
    /// The last change to any content (the generated accessibility statement, the feed's date when it is empty).
    case lastModified
    /// Every aid's title, link and status (AidHeadline), which lists of links and counts read instead of `.every(.aid)`.
    case aidHeadlines
    /// What one aid's card shows (AidCardFields), which pages listing cards read instead of `.item(.aid, id)`.
    case aidCard(String)
    /// The bytes of an output worked out by the plan itself (the search index's files), by site path: they stand for
    /// everything that output was made from, so it is written again exactly when they change.
    case planned(String)
}

/// Every output of the site, in the order they are rendered.
struct SitePlan: Sendable {
    let outputs: [PlannedOutput]
    /// What the guide's pages show besides their cards (`OutputInput.aidGuide`), from the listings the plan made.
    let aidGuideFingerprint: String
    /// How long the search index took to make, and its number of files (the plan step's summary).
    var searchIndexTime: Duration = .zero
    /// CPU time of all cores while it was made: on a busy shared machine, what the wall time would be alone × cores.
    var searchIndexCPUSeconds = 0.0
    var searchFileCount = 0
    /// The fingerprint of each output the plan worked out (`OutputInput.planned`), by input key.
    var plannedFingerprints: [String: String] = [:]
    /// The theme's stylesheet and scripts under fingerprinted names.
    var theme = ThemeAssets.none
}

import Foundation
import RelaisFrench

/// What a build reads, writes and assumes.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var outputPath: String
    /// Overrides `baseUrl` of `site.yaml` (for previews and staging hosts).
    public var baseURL: String?
    /// The day the build is for: aid statuses and upcoming events depend on it.
    public var buildDate: CalendarDate
    public var includeDrafts: Bool
    /// Warnings count as errors.
    public var strict: Bool
    /// False for `relais check`: load, validate and plan only; nothing is rendered or written.
    public var writesOutput: Bool
    /// Reuse what the last build made when its inputs did not change (`.relais-cache/` beside the content).
    public var usesCache: Bool
    /// Content files larger than this many bytes are refused unread (`--taille-max`, in megabytes).
    public var maxFileSize: Int
    /// Publish HTML files and SVG images with scripts from `media/` (`--medias-actifs`); refused otherwise.
    public var allowsActiveMedia: Bool

    /// 5 Mo: far above any page of the guide, far below what would slow a build.
    public static let defaultMaxFileSize = 5_000_000
    /// The largest `--taille-max`, in megabytes: a file must still fit in memory many times over.
    public static let maxFileSizeRange = 1...100

    public init(contentPath: String = "Content", templatesPath: String = "Templates", outputPath: String = "Site",
                baseURL: String? = nil, buildDate: CalendarDate, includeDrafts: Bool = false, strict: Bool = false,
                writesOutput: Bool = true, usesCache: Bool = true, maxFileSize: Int = BuildOptions.defaultMaxFileSize,
                allowsActiveMedia: Bool = false) {
        self.maxFileSize = maxFileSize
        self.allowsActiveMedia = allowsActiveMedia
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.baseURL = baseURL
        self.buildDate = buildDate
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.writesOutput = writesOutput
        self.usesCache = usesCache
    }

    /// Paths in messages are shown as given, without a trailing slash.
    static func displayPath(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The build date from `--date`, else `SOURCE_DATE_EPOCH` (reproducible builds), else today, both in Paris.
    public static func buildDate(argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                                 now: Date = Date()) -> Result<CalendarDate, BuildDateError> {
        if let argument {
            guard let date = CalendarDate(iso: argument) else { return .failure(.badArgument(argument)) }
            return .success(date)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            // Range-checked before any arithmetic: from 1970 to the end of year 9999, the dates Relais can write.
            guard let seconds = Int(epoch), epochRange.contains(seconds) else { return .failure(.badEpoch(epoch)) }
            return .success(parisDate(unixTime: seconds))
        }
        return .success(parisDate(unixTime: Int(now.timeIntervalSince1970)))
    }

    /// Seconds from 1970-01-01 to 9999-12-31T23:59:59Z.
    public static let epochRange = 0...253_402_300_799

    /// The day in Paris at a Unix time: a nightly build just after midnight works for the new day, not the last.
    /// The offset comes from the same rules as events' times (`TimeZoneRules.paris`).
    public static func parisDate(unixTime seconds: Int) -> CalendarDate {
        let seconds = min(max(seconds, epochRange.lowerBound), epochRange.upperBound)
        return CalendarDate.fromUnixTime(seconds + TimeZoneRules.paris.offset(atUnixTime: seconds))
    }

    public enum BuildDateError: Error, CustomStringConvertible {
        case badArgument(String), badEpoch(String)
        public var description: String {
            switch self {
            case .badArgument(let text): "« \(text) » n'est pas une date AAAA-MM-JJ (option --date)."
            case .badEpoch(let text): "SOURCE_DATE_EPOCH vaut « \(text) », qui n'est pas un nombre de secondes depuis 1970 jusqu'à l'an 9999."
            }
        }
    }
}

/// What a build did: its diagnostics, what it wrote, how long each step took.
public struct BuildReport: Sendable {
    public struct StepTiming: Sendable {
        public let step: String
        public let seconds: Double
        public let summary: String
    }
    public var diagnostics: [Diagnostic] = []
    public var timings: [StepTiming] = []
    public var pageCount = 0
    public var published = false
    /// Nothing had changed since the last build: the site in place was kept as it is.
    public var upToDate = false
    /// What the person running the build should know that is not a problem of the content (a cache not saved).
    public var notes: [String] = []

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var succeeded: Bool { errorCount == 0 }
}

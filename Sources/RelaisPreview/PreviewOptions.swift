import RelaisFrench

/// What `relais serve` builds and where it listens.
public struct PreviewOptions: Sendable {
    public var contentPath: String
    public var templatesPath: String
    /// The preview's own folder, never the published `Site/`.
    public var outputPath: String
    /// An IPv4 address: 127.0.0.1 unless the author asks for another.
    public var host: String
    /// 0 asks the system for a free port.
    public var port: UInt16
    public var buildDate: CalendarDate
    public var includeDrafts: Bool
    /// How often Content/ and Templates/ are looked at; a change is built once two looks agree (debounce).
    public var pollInterval: Duration

    public init(contentPath: String = "Content", templatesPath: String = "Templates", outputPath: String = ".relais-preview",
                host: String = "127.0.0.1", port: UInt16 = 8000, buildDate: CalendarDate, includeDrafts: Bool = false,
                pollInterval: Duration = .milliseconds(150)) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.host = host
        self.port = port
        self.buildDate = buildDate
        self.includeDrafts = includeDrafts
        self.pollInterval = pollInterval
    }
}

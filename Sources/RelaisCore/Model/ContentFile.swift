import RelaisFrench

/// What every content kind carries besides its own keys.
public struct ContentMeta: Sendable, Hashable {
    public var dateModified: CalendarDate
    public var datePublished: CalendarDate?
    public var draft: Bool
}

/// One content file after load: its id (the file name), where it is, its typed front matter and its Markdown body.
public struct ContentFile<Front: Sendable>: Sendable {
    public let id: String
    /// The path shown in diagnostics, e.g. `Content/aides/alixio.md`.
    public let path: String
    public let front: Front
    public let meta: ContentMeta
    public let body: ContentBody
    /// The line of the file where the body starts, to turn Markdown positions into file positions.
    public let bodyLine: Int
}

/// A document to download.
public struct Document: Sendable, Hashable {
    public enum Format: String, YAMLEnum { case pdf, odt, docx, xlsx, ods, csv, html }
    public var title: String
    public var url: ContentURL
    public var format: Format
    public var sizeBytes: Int?
}

/// Where a fact comes from. `organisation` is either an organisation id or plain text.
public struct Source: Sendable, Hashable {
    public var organisation: Reference
    public var title: String?
    public var url: ContentURL?
    public var date: CalendarDate?
}

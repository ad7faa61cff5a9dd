import RelaisFrench
import RelaisMarkdown
import Yams

/// What the libFuzzer targets of `Sources/relais-fuzz` run: raw bytes, as a file would bring them, through what
/// Relais does with that kind of file, results discarded. A crash, a hang or a sanitizer report is a finding.
/// Public for the fuzzer only.
public enum FuzzEntryPoints {
    public static let targets = ["frontmatter", "aid", "event", "basin", "programme", "news", "page", "site", "organisations", "csv", "markdown"]

    public static func run(_ target: String, _ bytes: [UInt8]) {
        guard case .success(let text) = SourceText.decode(bytes) else { return }
        let log = DiagnosticLog(step: .load)
        switch target {
        case "frontmatter": _ = FrontMatter.split(text)
        case "aid": content(text, .aid, log) { r, _ in Aid(reading: r) }
        case "event": content(text, .event, log) { r, _ in Event(reading: r) }
        case "basin": content(text, .basin, log) { r, _ in Basin(reading: r) }
        case "programme": content(text, .programme, log) { r, _ in Programme(reading: r) }
        case "news": content(text, .news, log) { r, date in date.flatMap { NewsItem(reading: r, date: $0) } }
        case "page": content(text, .page, log) { r, _ in Page(reading: r) }
        case "site":
            let context = ReadContext(file: "site.yaml", log: log, yaml: text)
            guard let node = yaml(text, context), let reader = MappingReader(node, field: "", in: context, declaration: SiteConfig.declaration) else { return }
            _ = SiteConfig(reading: reader, path: "site.yaml")
            reader.finish()
        case "organisations":
            let context = ReadContext(file: "organisations.yaml", log: log, yaml: text)
            guard let node = yaml(text, context) else { return }
            _ = OrganisationsReader.read(node, in: context)
        case "csv": _ = IndicatorCSV.read(text, file: "data/serie.csv", log: log)
        case "markdown":
            // The guard first, as the loader does: what it refuses never reaches cmark.
            guard MarkdownGuard.problem(in: text) == nil else { return }
            for allowRawHtml in [false, true] {
                let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHtml: allowRawHtml), textTransform: { FrenchTypography.apply($0) })
                _ = renderer.render(text) { _ in .keep }
            }
        default: return
        }
    }

    private static func content<Front: Sendable>(_ text: String, _ kind: ContentKind, _ log: DiagnosticLog,
                                                 make: (MappingReader, CalendarDate?) -> Front?) {
        let loader = ContentLoader(root: "/nonexistent", displayRoot: "Content")
        let date = kind == .news ? CalendarDate(iso: "2022-12-05") : nil
        _ = loader.parse(text, path: "Content/\(kind.rawValue)/fuzz.md", id: "fuzz", date: date, kind: kind, log: log, make: make)
    }

    private static func yaml(_ text: String, _ context: ReadContext) -> Node? {
        guard YAMLEventCheck.firstRefused(in: text) == nil, text.utf8.count <= MarkdownGuard.maxBytes * 5 else { return nil }
        return try? Yams.compose(yaml: text, ContentLoader.resolver, .default, .utf8)
    }
}

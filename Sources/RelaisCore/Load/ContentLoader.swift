import Foundation
import RelaisFrench
import Yams

/// The load step: walks `Content/`, splits front matter from Markdown and reads each file into typed models.
/// It touches nothing but the content folder, and reports every problem it finds.
public struct ContentLoader: Sendable {
    /// The content folder on disk.
    public let root: String
    /// How the folder is named in messages (`Content`).
    public let displayRoot: String
    public let includeDrafts: Bool
    /// Files larger than this many bytes are refused unread.
    public let maxFileSize: Int
    /// HTML files and SVG images with scripts in `media/` are published instead of refused.
    public let allowsActiveMedia: Bool
    /// The files the last build loaded (`LoadCache`); nil loads every file.
    var cache: LoadCache?
    /// Bodies kept as their place in their file, read again when rendered (ContentBody): a build's memory. `relais
    /// check`, which renders every body once and whose time counts more than its memory, keeps their text.
    var placesBodies = true

    /// No implicit typing: readers parse scalars' text themselves (`2022-12-01`, `15000`, `13:30`), so the
    /// regular expressions of Yams's default resolver would only cost time (they dominate parsing).
    static let resolver = Resolver.basic

    public init(root: String, displayRoot: String? = nil, includeDrafts: Bool = false, maxFileSize: Int = BuildOptions.defaultMaxFileSize,
                allowsActiveMedia: Bool = false) {
        self.root = root
        self.allowsActiveMedia = allowsActiveMedia
        self.maxFileSize = maxFileSize
        self.displayRoot = displayRoot ?? root
        self.includeDrafts = includeDrafts
    }

    public func load() async -> (ContentSet?, [Diagnostic]) {
        let log = DiagnosticLog(step: .load)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.error(SourceLocation(file: displayRoot, line: 1, column: 1), "Le dossier de contenu « \(displayRoot) » n'existe pas.",
                      hint: "Lancez la commande depuis le dossier du site, ou indiquez le dossier avec --content.")
            return (nil, log.entries)
        }

        let site = loadSite(log: log)
        let organisations = loadOrganisations(log: log)
        let listing = listFiles(log: log)

        // Aids only: they are thousands, the other kinds a few hundred at most.
        async let aids = loadKind(.aid, files: listing[.aid] ?? [], codec: .binary) { r, _ in Aid(reading: r) }
        async let events = loadKind(.event, files: listing[.event] ?? []) { r, _ in Event(reading: r) }
        async let basins = loadKind(.basin, files: listing[.basin] ?? []) { r, _ in Basin(reading: r) }
        async let programmes = loadKind(.programme, files: listing[.programme] ?? []) { r, _ in Programme(reading: r) }
        async let news = loadKind(.news, files: listing[.news] ?? []) { r, date in date.flatMap { NewsItem(reading: r, date: $0) } }
        async let pages = loadKind(.page, files: listing[.page] ?? []) { r, _ in Page(reading: r) }

        let loadedAids = await aids, loadedEvents = await events, loadedProgrammes = await programmes
        let loadedNews = await news, loadedPages = await pages
        var loadedBasins = await basins
        loadedBasins.files = loadedBasins.files.map { readIndicatorCSVs(of: $0, log: log) }

        for result in [loadedAids.diagnostics, loadedEvents.diagnostics, loadedBasins.diagnostics,
                       loadedProgrammes.diagnostics, loadedNews.diagnostics, loadedPages.diagnostics] {
            log.append(contentsOf: result)
        }
        guard let site else { return (nil, log.entries) }
        let drafts: [ContentKind: Set<String>] = [
            .aid: loadedAids.drafts, .event: loadedEvents.drafts, .basin: loadedBasins.drafts,
            .programme: loadedProgrammes.drafts, .news: loadedNews.drafts, .page: loadedPages.drafts,
        ]
        let content = ContentSet(
            site: site, organisations: organisations, aids: loadedAids.files, events: loadedEvents.files,
            basins: loadedBasins.files, programmes: loadedProgrammes.files, news: loadedNews.files, pages: loadedPages.files,
            mediaFiles: listing.media, draftIds: drafts)
        return (content, log.entries)
    }

    func display(_ relative: String) -> String { "\(displayRoot)/\(relative)" }
    func absolute(_ relative: String) -> String { "\(root)/\(relative)" }

    // MARK: site.yaml and organisations.yaml

    private func loadSite(log: DiagnosticLog) -> SiteConfig? {
        let path = display("site.yaml")
        guard let node = readYAMLFile("site.yaml", required: true, log: log) else { return nil }
        let context = ReadContext(file: path, log: log)
        guard let reader = MappingReader(node, field: "", in: context, declaration: SiteConfig.declaration) else { return nil }
        let site = SiteConfig(reading: reader, path: path)
        reader.finish()
        // Found by hostile testing: a file renamed to .png, or a PNG of 30,000 pixels a side, was shown on every page.
        for url in [site?.logo?.src, site?.favicon].compactMap({ $0 }) where url.value.hasPrefix("/media/") && url.value.lowercased().hasSuffix(".png") {
            if let (message, hint) = PNGHeader.problem(at: absolute(String(url.value.dropFirst())), shownAs: url.value) {
                log.error(url.location, message, hint: hint)
            }
        }
        return site
    }

    private func loadOrganisations(log: DiagnosticLog) -> [Organisation] {
        guard let node = readYAMLFile("organisations.yaml", required: false, log: log) else { return [] }
        return OrganisationsReader.read(node, in: ReadContext(file: display("organisations.yaml"), log: log))
    }

    /// The YAML of a whole file, or nil after a diagnostic.
    private func readYAMLFile(_ relative: String, required: Bool, log: DiagnosticLog) -> Node? {
        let path = display(relative)
        guard let text = readText(relative, log: log, missingIsError: required) else { return nil }
        let context = ReadContext(file: path, log: log, yaml: text)
        switch compose(text, context: context) {
        case .node(let node): return node
        case .empty:
            log.error(SourceLocation(file: path), "Le fichier est vide.", hint: "Voyez la documentation pour les clés attendues.")
            return nil
        case .refused: return nil
        }
    }

    /// True, after a diagnostic, when the YAML uses an anchor, an alias or a tag, or nests or holds too much (see `YAMLEventCheck`).
    func rejectsRefusedYAML(_ yaml: String, context: ReadContext) -> Bool {
        guard let (line, column, finding) = YAMLEventCheck.firstRefused(in: yaml) else { return false }
        let location = context.location(line: line, column: column)
        switch finding {
        case .anchor, .alias:
            context.log.error(location, "Les ancres et alias YAML (&nom, *nom) ne sont pas acceptés.",
                              hint: "Écrivez la valeur en entier ; si le texte commence par * ou &, mettez-le entre guillemets.")
        case .tooDeep:
            context.log.error(location, "Les listes et groupes de clés sont imbriqués sur plus de \(YAMLEventCheck.maxDepth) niveaux.",
                              hint: "Vérifiez les crochets et l'indentation : le contenu n'a jamais besoin de plus de quelques niveaux.")
        case .tooManyValues:
            context.log.error(location, "Le fichier contient plus de \(YAMLEventCheck.maxNodes / 1000) 000 valeurs YAML.",
                              hint: "Découpez-le, ou vérifiez qu'il n'a pas été rempli par erreur (copier-coller répété, export mal fait).")
        case .tag(let tag):
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : tag
            context.log.error(location, "Les étiquettes YAML comme « \(shown) » ne sont pas acceptées.",
                              hint: "Écrivez la valeur sans étiquette ; si le texte commence par !, mettez-le entre guillemets.")
        }
        return true
    }

    private func readText(_ relative: String, log: DiagnosticLog, missingIsError: Bool = true) -> String? {
        readBytes(relative, log: log, missingIsError: missingIsError).flatMap { decodeText($0, relative: relative, log: log) }
    }

    private func readBytes(_ relative: String, log: DiagnosticLog, missingIsError: Bool = true) -> [UInt8]? {
        let path = display(relative)
        switch SourceFileRead.bytes(atPath: absolute(relative), limit: maxFileSize) {
        case .success(let read): return read
        case .failure(.missing) where !missingIsError: return nil
        case .failure(let problem):
            var (message, hint) = SourceFileRead.describe(problem, path: path)
            if problem == .missing, relative == "site.yaml" { hint = "Créez-le avec au moins title, baseUrl, publisher et description." }
            log.error(SourceLocation(file: path), message, hint: hint)
            return nil
        }
    }

    private func decodeText(_ bytes: [UInt8], relative: String, log: DiagnosticLog) -> String? {
        let path = display(relative)
        switch SourceText.decode(bytes) {
        case .success(let text): return text
        case .failure(let problem):
            let (message, hint) = SourceText.describe(problem)
            var location = SourceLocation(file: path)
            switch problem {
            case .utf16: break
            case .notUTF8(let line, let column), .control(let line, let column, _): location = SourceLocation(file: path, line: line, column: column)
            }
            log.error(location, message, hint: hint)
            return nil
        }
    }

    // MARK: Content files

    struct KindResult<Front: Sendable>: Sendable {
        var files: [ContentFile<Front>]
        var drafts: Set<String>
        var diagnostics: [Diagnostic]
    }

    /// How a kind's files go to and come from the load cache.
    struct LoadCodec<Front: Sendable>: Sendable {
        let reuse: @Sendable (LoadCache, LoadCache.Source) -> FileResult<Front>?
        let note: @Sendable (LoadCache, FileResult<Front>, LoadCache.Source) -> Void
    }

    struct FileResult<Front: Sendable>: Sendable {
        var file: ContentFile<Front>?
        var isDraft = false
        var diagnostics: [Diagnostic]
    }

    /// Reads every file of one kind in parallel.
    private func loadKind<Front: Sendable>(
        _ kind: ContentKind, files: [String], codec: LoadCodec<Front>? = nil,
        make: @escaping @Sendable (MappingReader, CalendarDate?) -> Front?
    ) async -> KindResult<Front> {
        var results = await files.parallelMap { relative in self.loadFile(relative, kind: kind, codec: codec, make: make) }
        var result = KindResult<Front>(files: [], drafts: [], diagnostics: [])
        // Grown by doubling, the array of 10,000 aid files would keep up to half as much again unused to the end of validate.
        result.files.reserveCapacity(results.count)
        var seen: [String: String] = [:]
        // Taken out of the array one by one (moved, not copied: `for … in` copied every file, retaining each of its
        // fields, then released the array), in order: reversed in place first.
        results.reverse()
        while var fileResult = results.popLast() {
            result.diagnostics += fileResult.diagnostics
            guard let file = fileResult.file.take() else { continue }
            if let first = seen[file.id] {
                result.diagnostics.append(Diagnostic(step: .load, at: SourceLocation(file: file.path, line: 1, column: 1),
                                                     "L'identifiant « \(file.id) » est déjà utilisé par \(first).",
                                                     hint: "Renommez l'un des deux fichiers : le nom du fichier donne l'adresse de la page."))
                continue
            }
            seen[file.id] = file.path
            if fileResult.isDraft { result.drafts.insert(file.id) } else { result.files.append(consume file) }
        }
        return result
    }

    private func loadFile<Front: Sendable>(
        _ relative: String, kind: ContentKind, codec: LoadCodec<Front>?,
        make: (MappingReader, CalendarDate?) -> Front?
    ) -> FileResult<Front> {
        let log = DiagnosticLog(step: .load)
        let path = display(relative)
        // Only the extension goes: `pret.md-cdi.md` is `pret.md-cdi`, which the id check then refuses.
        let fullName = String(relative.split(separator: "/").last ?? "")
        let fileName = fullName.hasSuffix(".md") ? String(fullName.dropLast(3)) : fullName
        var id = fileName
        var date: CalendarDate?
        if kind == .news {
            let prefix = String(fileName.prefix(10))
            date = CalendarDate(iso: prefix)
            if date == nil || fileName.count < 12 || fileName.dropFirst(10).first != "-" {
                log.error(SourceLocation(file: path, line: 1, column: 1), "Le nom d'une actualité doit commencer par sa date : AAAA-MM-JJ-identifiant.md.",
                          hint: "Par exemple : 2022-12-05-\(Identifier.suggestion(for: fileName)).md")
                return FileResult(diagnostics: log.entries)
            }
            id = String(fileName.dropFirst(11))
        }
        guard Identifier.isValid(id) else {
            log.error(SourceLocation(file: path, line: 1, column: 1), "Le nom de fichier « \(fileName).md » ne donne pas un identifiant valide.",
                      hint: "Utilisez des minuscules sans accent, des chiffres et des tirets : « \(kind == .news ? String(fileName.prefix(11)) : "")\(Identifier.suggestion(for: id)).md ».")
            return FileResult(diagnostics: log.entries)
        }
        guard let bytes = readBytes(relative, log: log) else { return FileResult(diagnostics: log.entries) }
        // The same bytes at the same place load as they did: taken from the cache, diagnostics and all.
        let location = absolute(relative)
        let cached = cache.flatMap { cache in codec.map { (cache, $0, cache.source(bytes, kind: kind, path: path, id: id, date: date, location: location)) } }
        if let (cache, codec, source) = cached, let reused = codec.reuse(cache, source) { return reused }
        guard let text = decodeText(bytes, relative: relative, log: log) else { return FileResult(diagnostics: log.entries) }
        var result = parse(text, path: path, id: id, date: date, kind: kind, log: log, make: make)
        // The body as its place in the file, read again when rendered (ContentBody).
        if placesBodies, let file = result.file, case .text(let body) = file.body.storage {
            // The load cache has hashed these bytes already when there is one.
            let knownHash: UInt64? = if let (_, _, source) = cached { source.hash } else { nil }
            let placed = ContentBody.placed(body, in: bytes, textCount: text.utf8.count, path: location,
                                            checksum: { knownHash ?? bytes.withUnsafeBytes { StableHash.words(of: $0) } })
            result.file = ContentFile(id: file.id, path: file.path, front: file.front, meta: file.meta, body: placed, bodyLine: file.bodyLine)
        }
        if let (cache, codec, source) = cached { codec.note(cache, result, source) }
        return result
    }

    /// Fills the series of indicators that name a CSV file under `data/`.
    private func readIndicatorCSVs(of basin: ContentFile<Basin>, log: DiagnosticLog) -> ContentFile<Basin> {
        var front = basin.front
        for index in front.indicators.indices {
            guard let csv = front.indicators[index].csvReference else { continue }
            let relative = csv.id.hasPrefix("/") ? String(csv.id.dropFirst()) : csv.id
            guard relative.hasPrefix("data/"), relative.hasSuffix(".csv"), !relative.contains("..") else {
                log.error(csv.location, "La série « \(csv.id) » doit être un fichier .csv du dossier data/.",
                          hint: "Écrivez « csv: data/nom-du-fichier.csv ».")
                continue
            }
            guard FileManager.default.fileExists(atPath: absolute(relative)) else {
                let near = Suggestion.nearest(to: relative, among: ((try? FileManager.default.contentsOfDirectory(atPath: absolute("data"))) ?? []).map { "data/\($0)" })
                log.error(csv.location, "Le fichier « \(relative) » n'existe pas.",
                          hint: near.map { "Vouliez-vous dire « \($0) » ?" } ?? "Rangez le fichier CSV dans le dossier data/ du contenu.")
                continue
            }
            guard let text = readText(relative, log: log) else { continue }
            front.indicators[index].series = IndicatorCSV.read(text, file: display(relative), log: log)
            if front.indicators[index].series.isEmpty {
                log.warning(SourceLocation(file: display(relative), line: 1, column: 1), "Le fichier ne contient aucune valeur : l'indicateur sera vide.",
                            hint: "Ajoutez une ligne par période sous l'en-tête : 2018,3000,final")
            }
            front.indicators[index].csvPath = display(relative)
        }
        // Once every series is known, inline or from CSV: a chart needs two points to show anything.
        for indicator in front.indicators where indicator.chart != .none && indicator.series.count == 1 {
            guard let location = indicator.chartLocation else { continue }
            log.error(location, "L'indicateur « \(indicator.id) » demande un graphique mais n'a qu'une valeur.",
                      hint: "Un graphique compare au moins deux périodes : ajoutez une valeur, ou écrivez « chart: none » pour ne garder que le tableau.")
        }
        return ContentFile(id: basin.id, path: basin.path, front: front, meta: basin.meta, body: basin.body, bodyLine: basin.bodyLine)
    }
}

extension ContentLoader.LoadCodec where Front: BinaryCodable {
    static var binary: Self { Self(reuse: { $0.reuse($1) }, note: { $0.note($1, source: $2) }) }
}

import RelaisMustache

/// One output rendered to its bytes (or kept as published, when nothing it read changed), with what it read.
struct RenderedOutput: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        /// An artifact made as it is written: the write step drains it into the file piece by piece.
        case stream(@Sendable (inout ByteSink) -> Void)
        /// The published file is still right: the write step hard-links it.
        case unchanged
    }
    let path: String
    let body: Body
    /// The pieces of a stream, for the next build; filled as it is written.
    let fragments: FragmentReuse?
    private let known: [String]?
    private let log: ReadLog?

    init(path: String, body: Body, log: ReadLog, fragments: FragmentReuse? = nil) {
        (self.path, self.body, self.log, self.fragments, known) = (path, body, log, fragments, nil)
    }

    init(unchanged path: String, inputs: [String]) {
        (self.path, body, log, fragments, known) = (path, .unchanged, nil, nil, inputs)
    }

    /// What it read from the record, for the next build; for a stream, known once it is written.
    var inputs: RecordedInputs { known.map(RecordedInputs.keys) ?? .noted(log?.inputs ?? []) }
}

/// What an output read, kept until the cache is written: not as cache keys, which at 10,000 aids made 165,000
/// strings (15 MB) held to the end of the build, but by their numbers in the build's `InputTable`.
enum RecordedInputs: Sendable {
    /// Read while the output was made, as it comes from render.
    case noted(Set<OutputInput>)
    /// The same, numbered in the build's table once the output is done (`OutputScheduler.run`).
    case numbered([UInt32])
    /// The cache keys the last build recorded, for an output kept as published.
    case keys([String])

    /// Noted inputs numbered in `table`; the others as they are.
    func numbered(in table: inout InputTable) -> RecordedInputs {
        guard case .noted(let inputs) = self else { return self }
        return .numbered(inputs.map { table.number(of: $0) })
    }
}

/// The distinct inputs the outputs of one build read, each numbered once: thousands of outputs read the same ones.
struct InputTable: Sendable {
    private(set) var inputs: [OutputInput] = []
    private var numbers: [OutputInput: UInt32] = [:]

    mutating func number(of input: OutputInput) -> UInt32 {
        if let number = numbers[input] { return number }
        let number = UInt32(inputs.count)
        numbers[input] = number
        inputs.append(input)
        return number
    }
}

/// render: turns planned outputs into bytes, on all cores. Pages go through their template with a view model
/// built from the record (their tags were checked against it by plan); artifacts through their format's writer.
/// Nothing is written here. An output whose recorded inputs and template did not change since the published build
/// is not made again. Run output by output by `OutputScheduler`, together with write.
struct RenderStep: NamedStep {
    let templates: TemplateSet
    let presentation: Presentation
    let reuse: OutputReuse?
    /// Where the pieces of large artifacts are indexed, and what they are made from.
    let fragments: FragmentSource?
    var name: Diagnostic.Step { .render }

    func render(_ output: PlannedOutput) -> StepOutcome<RenderedOutput> {
        if let inputs = reuse?.unchangedInputs(of: output) {
            return StepOutcome(RenderedOutput(unchanged: output.path, inputs: inputs))
        }
        let log = ReadLog()
        switch output.producer {
        case .artifact(let write):
            let reader = RecordReader(presentation.record.record, log: log)
            let pieces = fragments?.reuse(for: output.path)
            return StepOutcome(RenderedOutput(path: output.path, body: .stream { sink in
                sink.fragments = pieces
                write(reader, &sink)
            }, log: log, fragments: pieces))
        case .page(let template, _, let build):
            // The plan and the presentation read the same record: the item a page was planned for is there.
            guard let viewModel = build(presentation.recording(into: log)) else {
                return StepOutcome(nil, [Diagnostic(step: .render, at: SourceLocation(file: output.path),
                                                    "La page \(output.path) n'a plus de contenu dans le site.",
                                                    hint: "Signalez ce problème de Relais : la page a été prévue pour un contenu qu'il ne retrouve pas.")])
            }
            do {
                let html = try templates.render(viewModel, with: template)
                return StepOutcome(RenderedOutput(path: output.path, body: .bytes(html), log: log))
            } catch {
                return StepOutcome(nil, [Diagnostic(step: .render, at: SourceLocation(file: templates.paths[template] ?? template, line: 1, column: 1),
                                                    error.message(page: output.path), hint: error.hint)])
            }
        }
    }
}

/// Which outputs the published site already holds right: the last build's cache, checked against this build's
/// record and templates, and against the published files themselves.
struct OutputReuse: Sendable {
    let cache: BuildCache
    let fingerprints: RecordFingerprints
    let templateFingerprints: [String: String]
    /// The published site.
    let published: String
    /// Whether each input the cache records is as it was: worked out once, not once per output reading it.
    private let current: [Bool]

    init(cache: BuildCache, fingerprints: RecordFingerprints, templateFingerprints: [String: String], published: String) {
        self.cache = cache
        self.fingerprints = fingerprints
        self.templateFingerprints = templateFingerprints
        self.published = published
        current = cache.inputs.map { fingerprints.values[$0.key] == $0.fingerprint }
    }

    /// The inputs the output read last time, when none of them (nor its template, nor the site) changed and its
    /// published file is the one the cache describes; nil when it must be made again.
    func unchangedInputs(of output: PlannedOutput) -> [String]? {
        guard cache.siteFingerprint == fingerprints.site, let entry = cache.outputs[output.path],
              entry.template == output.template.flatMap({ templateFingerprints[$0] }),
              entry.inputs.allSatisfy({ current[$0] }),
              BuildCache.stamp(of: "\(published)/\(SiteURLs.outputFile(for: output.path))") == entry.file else { return nil }
        return entry.inputs.map { cache.inputs[$0].key }
    }
}

extension PlannedOutput {
    /// The template of a page; nil for an artifact.
    var template: String? {
        if case .page(let template, _, _) = producer { return template }
        return nil
    }
}

extension MustacheTemplates.RenderError {
    func message(page: String) -> String {
        switch self {
        case .unknownTemplate(let name): "Le gabarit « \(name) » est introuvable pour la page \(page)."
        case .tooDeep(let trail): "Les gabarits s'incluent sans fin pour la page \(page) : \(trail.prefix(6).joined(separator: " → ")) → …"
        }
    }

    var hint: String {
        switch self {
        case .unknownTemplate: "Créez ce gabarit dans le dossier des gabarits, ou reprenez celui fourni avec Relais."
        case .tooDeep: "Un gabarit partiel s'inclut lui-même, directement ou par un autre : retirez l'inclusion en boucle."
        }
    }
}

/// What the pieces of large artifacts need: the cache folder their indexes live in, the published site they are
/// copied from, and the fingerprints of the items and of what every piece depends on.
struct FragmentSource: Sendable {
    let cacheFolder: String
    let published: String?
    let fingerprints: RecordFingerprints
    /// The national codes of every basin (see `basinCodes(of:)`).
    let basinCodes: String

    /// The site, the build date, the organisations and the basins' codes: a piece is made again when one of them changed.
    var salt: String {
        [fingerprints.site, fingerprints.values[OutputInput.buildDate.key] ?? "", fingerprints.values[OutputInput.organisations.key] ?? "",
         basinCodes].joined(separator: "-")
    }

    /// An aid placed on a basin is written in `aides.csv` with the basin's national codes, which the aid's own record
    /// (and so its fingerprint) does not hold: new codes for a basin must make its aids' rows again.
    static func basinCodes(of record: SiteRecord) -> String {
        var hash = StableHash()
        for basin in record.basins {
            hash.combine(basin.id)
            hash.combine(basin.ownCodes.joined(separator: " "))
        }
        return hash.hex
    }

    func reuse(for sitePath: String) -> FragmentReuse {
        FragmentReuse(index: FragmentReuse.indexPath(of: sitePath, cacheFolder: cacheFolder),
                      published: published.map { "\($0)/\(SiteURLs.outputFile(for: sitePath))" }, salt: salt, fingerprints: fingerprints.values)
    }
}

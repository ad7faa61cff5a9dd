import RelaisFrench
import Yams

extension ContentLoader {
    /// A content file's text split, checked and read into its model: everything `loadFile` does after reading the
    /// file, apart so that the fuzz targets reach it without a disk.
    func parse<Front: Sendable>(
        _ text: String, path: String, id: String, date: CalendarDate?, kind: ContentKind, log: DiagnosticLog,
        make: (MappingReader, CalendarDate?) -> Front?
    ) -> FileResult<Front> {
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split): frontMatter = split
        case .failure(.missingOpening):
            log.error(SourceLocation(file: path, line: 1, column: 1), "Le fichier doit commencer par une ligne « --- » qui ouvre l'en-tête YAML.",
                      hint: "Ajoutez en première ligne « --- », puis les clés, puis une ligne « --- » avant le texte.")
            return FileResult(diagnostics: log.entries)
        case .failure(.missingClosing):
            log.error(SourceLocation(file: path, line: 1, column: 1), "L'en-tête YAML ouvert par « --- » n'est jamais refermé.",
                      hint: "Ajoutez une ligne « --- » entre les clés et le texte.")
            return FileResult(diagnostics: log.entries)
        }

        // Metadata is a few kilobytes: a huge header is a mistake, and Yams would take seconds over it.
        if frontMatter.yaml.utf8.count > MarkdownGuard.maxBytes {
            log.error(SourceLocation(file: path, line: 2, column: 1), "L'en-tête YAML dépasse la limite de \(MarkdownGuard.maxBytes / 1_000_000) Mo.",
                      hint: "Gardez dans l'en-tête les champs et de courts textes ; le texte long va après la ligne « --- ».")
            return FileResult(diagnostics: log.entries)
        }
        if let problem = MarkdownGuard.problem(in: frontMatter.body) {
            let (message, hint) = MarkdownGuard.describe(problem)
            var location = SourceLocation(file: path, line: frontMatter.bodyLine, column: 1)
            if case .nestedOpeners(let line, let column) = problem { location = SourceLocation(file: path, line: frontMatter.bodyLine + line, column: column) }
            log.error(location, message, hint: hint)
        }
        // Found by hostile testing: refused in every text of the front matter, they went through in bodies.
        if let (offset, scalar) = SpoofingCheck.firstBidirectionalScalar(in: frontMatter.body) {
            let (line, column) = SourceText.position(ofScalar: offset, in: frontMatter.body)
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
            log.error(SourceLocation(file: path, line: frontMatter.bodyLine + line - 1, column: column),
                      "Le texte contient un caractère invisible qui change le sens d'affichage de ce qui le suit (\(code)).",
                      hint: "Supprimez-le : il peut faire lire autre chose que ce qui est écrit.")
        }
        let context = ReadContext(file: path, lineOffset: frontMatter.yamlLineOffset, log: log, yaml: frontMatter.yaml)
        let node: Node
        switch compose(frontMatter.yaml, context: context) {
        case .node(let composed): node = composed
        case .empty:
            log.error(SourceLocation(file: path, line: 2, column: 1), "L'en-tête YAML est vide.",
                      hint: "Copiez l'en-tête d'un autre fichier du dossier \(kind.rawValue)/ et adaptez-en les valeurs.")
            return FileResult(diagnostics: log.entries)
        case .refused: return FileResult(diagnostics: log.entries)
        }
        guard let reader = MappingReader(node, field: "", in: context, declaration: kind.declaration) else { return FileResult(diagnostics: log.entries) }
        let meta = ContentMeta(reading: reader)
        let front = make(reader, date)
        reader.finish()
        guard let meta, let front, !log.hasErrors else { return FileResult(diagnostics: log.entries) }
        let file = ContentFile(id: id, path: path, front: front, meta: meta, body: ContentBody(frontMatter.body), bodyLine: frontMatter.bodyLine)
        return FileResult(file: file, isDraft: meta.draft && !includeDrafts, diagnostics: log.entries)
    }

    enum Composed {
        case node(Node)
        /// No value at all (nothing but comments and blank lines).
        case empty
        /// Refused or wrong, with a diagnostic logged.
        case refused
    }

    /// The tree of a YAML text: read by `YAMLSubset` when the text stays in its subset, which is nearly always;
    /// otherwise through Yams, after `YAMLEventCheck` turned away what Relais refuses, each problem reported.
    func compose(_ yaml: String, context: ReadContext) -> Composed {
        if let node = YAMLSubset.compose(yaml) { return .node(node) }
        return composeThroughYams(yaml, context: context)
    }

    /// The path every text took before `YAMLSubset`, and the one the others still take.
    func composeThroughYams(_ yaml: String, context: ReadContext) -> Composed {
        guard !rejectsRefusedYAML(yaml, context: context) else { return .refused }
        do {
            guard let node = try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8) else { return .empty }
            return .node(node)
        } catch {
            YAMLErrorText.diagnose(error, in: context)
            return .refused
        }
    }
}

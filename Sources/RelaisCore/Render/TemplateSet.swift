import Foundation
import RelaisFrench
import RelaisMustache

/// The Mustache templates of `Templates/`, loaded and checked once per build.
///
/// Mustache renders a missing field as nothing, so every template a page needs and every partial a template names
/// is checked here, and every tag's name by the plan step (TemplateCheck), before any page is rendered.
public struct TemplateSet: Sendable {
    let library: MustacheTemplates
    /// Where each template came from, for messages and dependencies.
    let paths: [String: String]
    /// The theme's static files under `assets/`, relative to it.
    public let assetFiles: Set<String>
    /// The text of the top-level `.css` and `.js` assets, which the plan publishes under fingerprinted names.
    let assetTexts: [String: String]
    /// Each template's tags, nested, with their positions: what the plan step checks.
    let trees: [String: [TemplateNode]]
    /// The literal `id="…"` the templates write, which Markdown heading ids must not repeat.
    public let reservedIds: Set<String>
    /// Each template's fingerprint, its partials and parents included (the incremental cache).
    let fingerprints: [String: String]

    /// The templates the pipeline renders pages with.
    public static let required = [
        "layout", "pages/home", "pages/aid", "pages/aids", "pages/event", "pages/events", "pages/basin", "pages/basins",
        "pages/programme", "pages/programmes", "pages/news-item", "pages/news", "pages/page", "pages/contacts",
        "pages/site-map", "pages/not-found", "pages/open-data", "pages/booklet", "pages/search",
    ]

    /// Loads every `.mustache` file under `root`; nil with diagnostics when one does not parse or is missing.
    public static func load(root: String, displayRoot: String? = nil) -> (TemplateSet?, [Diagnostic]) {
        let display = displayRoot ?? root
        let log = DiagnosticLog(step: .load)
        var templates: [String: MustacheDocument] = [:]
        var texts: [String: String] = [:]
        var tags: [String: [TemplateTag]] = [:]
        var paths: [String: String] = [:]
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.error(SourceLocation(file: display, line: 1, column: 1), "Le dossier des gabarits « \(display) » n'existe pas.",
                      hint: "Indiquez-le avec --templates, ou copiez le dossier Templates/ fourni avec Relais.")
            return (nil, log.entries)
        }
        let files = (fileManager.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let path = "\(display)/\(file)"
            paths[name] = path
            guard let data = fileManager.contents(atPath: "\(root)/\(file)"), let text = String(data: data, encoding: .utf8) else {
                log.error(SourceLocation(file: path), "Le gabarit n'a pas pu être lu en UTF-8.", hint: "Enregistrez-le en UTF-8.")
                continue
            }
            do {
                templates[name] = try MustacheDocument(parsing: text)
                texts[name] = text
                tags[name] = TemplateTags.scan(text)
            } catch {
                log.error(SourceLocation(file: path, line: error.line, column: error.column),
                          "Le gabarit est mal formé : \(error.message).",
                          hint: "Vérifiez que chaque {{#section}} est refermée par {{/section}} portant le même nom, et que chaque {{ a son }}.")
            }
        }
        for name in required where paths[name] == nil {
            log.error(SourceLocation(file: "\(display)/\(name).mustache", line: 1, column: 1), "Le gabarit « \(name) » manque.",
                      hint: "Créez \(display)/\(name).mustache, ou reprenez celui fourni avec Relais.")
        }
        for (name, tags) in tags.sorted(by: { $0.key < $1.key }) {
            for reference in tags where (reference.kind == .partial || reference.kind == .parent) && !reference.isDynamic && paths[reference.name] == nil {
                let near = Suggestion.nearest(to: reference.name, among: Array(paths.keys))
                log.error(SourceLocation(file: paths[name] ?? name, line: reference.line, column: reference.column),
                          "Le gabarit partiel « \(reference.name) » n'existe pas.",
                          hint: near.map { "Vouliez-vous dire « \($0) » ?" } ?? "Créez \(display)/\(reference.name).mustache.")
            }
        }
        guard !log.hasErrors else { return (nil, log.entries) }
        let ids = Set(texts.values.flatMap(literalIds))
        let assets = assetFiles(in: root + "/assets")
        var assetTexts: [String: String] = [:]
        for file in assets where !file.contains("/") && (file.hasSuffix(".css") || file.hasSuffix(".js")) {
            if let data = fileManager.contents(atPath: "\(root)/assets/\(file)") { assetTexts[file] = String(decoding: data, as: UTF8.self) }
        }
        // "1er" as `1<sup>er</sup>` in every value shown as text content, wherever the template puts it (a title, a
        // card, a breadcrumb, a caption): one filter the engine applies where markup can go, so attributes, `<title>`
        // and JSON-LD keep the text as typed without a second, HTML-ready copy of each field in the view models.
        let library = MustacheTemplates(templates) { output, start in
            FrenchOrdinals.superscriptOrdinals(inEscapedText: &output, from: start)
        }
        return (TemplateSet(library: library, paths: paths, assetFiles: assets, assetTexts: assetTexts,
                            trees: tags.mapValues(TemplateNode.tree), reservedIds: ids,
                            fingerprints: fingerprints(texts: texts, tags: tags)), log.entries)
    }

    /// Renders a view model with a template checked at load.
    func render(_ viewModel: any ViewModel, with name: String) throws(MustacheTemplates.RenderError) -> [UInt8] {
        try library.render(name, with: .model(viewModel))
    }

    static func assetFiles(in folder: String) -> Set<String> {
        Set(FileTree.list(folder).files)
    }

    /// `id="montants"` → "montants"; ids built from data (`id="{{id}}"`) are skipped.
    static func literalIds(in text: String) -> [String] {
        var ids: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "id=\"") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            let id = after[..<end]
            if !id.contains("{") { ids.append(String(id)) }
            rest = after[end...]
        }
        return ids
    }
}

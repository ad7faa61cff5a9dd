import Foundation
@testable import RelaisCore
import RelaisFrench
import Yams

/// The YAML texts the subset reader is compared on: every front matter and YAML file of the example site and of the
/// test fixtures, and mutations of them.
struct YAMLDocument: Sendable {
    /// Where it comes from, for failure messages.
    let name: String
    /// `aides`, `evenements`…, `site.yaml` or `organisations.yaml`: how it is read.
    let kind: String
    let yaml: String
}

enum YAMLDocuments {
    /// The YAML of every `.md` and `.yaml` file under the example site's `Content/` and `Tests/Fixtures/`.
    static let seeds = documents(under: [Repository.content, Repository.root.appendingPathComponent("Tests/Fixtures").path])

    /// The YAML of every `.md` and `.yaml` file under the folders, named by their path inside them.
    static func documents(under folders: [String]) -> [YAMLDocument] {
        var documents: [YAMLDocument] = []
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".md") || relative.hasSuffix(".yaml"),
                      let data = FileManager.default.contents(atPath: folder + "/" + relative),
                      let text = String(data: data, encoding: .utf8) else { continue }
                let parts = relative.split(separator: "/").map(String.init)
                let fileName = parts.last ?? relative
                if relative.hasSuffix(".yaml") {
                    documents.append(YAMLDocument(name: relative, kind: fileName, yaml: text))
                } else if case .success(let split) = FrontMatter.split(text) {
                    let kind = parts.dropLast().last ?? ""
                    documents.append(YAMLDocument(name: relative, kind: kind, yaml: split.yaml))
                }
            }
        }
        return documents.sorted { $0.name < $1.name }
    }

    /// Texts written to reach each branch of the subset reader (`YAMLSubsetTests` expects it to read each one).
    static let handWritten: [String] = [
        "a: |\n  x\n  y\nb: 1\n", "a: |-\n  x\n\n\nb: 1\n", "a: |+\n  x\n\n\nb: 1\n", "a: >\n  x\n  y\n\n  z\n   w\n  v\n",
        "a: >-\n  x\n  y\n", "a: >+\n  x\n\n", "a: |\n\n  x\n", "a: |\n  x", "a: | # note\n  x\n",
        "a: |\nb: 1\n", "- |\n  x\n- >\n  y\n  z\n", "- a: >\n    x\n    y\n  b: 2\n", "a:\n  b: |\n    x\n\n    y\n  c: 3\n",
        "a: >\n  x\n\n\n  y\n  \n  z\n", "a: >\n  x\n    y\n  z\n",
        "a:\nb: 1\n", "a:   # note\nb:\n", "- \n- a\n", "a:\n", "a: ~\n", "a: null\n", "-\n  a: 1\n",
        "a:\n- x\n- y\nb: 1\n", "- a:\n  - x\n  b: 2\n", "a:\n  - x\n  -\n  - y\n",
        "a: \"x \\\"y\\\" \\u00e9 \\n \\t \\\\ \\/\"\n", "a: 'it''s'\n", "\"a b\": c\n", "'k': v\n", "a: \"\"\n", "a: ''\n",
        "a: \"\\x41\\U0001F600\\_\\0\"\n",
        "a: [x, \"y\", 'z', [1, 2], {k: v}]\n", "a: {k: v, l: [1]}\n", "a: []\n", "a: {}\n", "a: [ x , y ]  # note\n",
        "a: [https://x.org/a, b c]\n", "- { period: \"2018\", value: 0, status: final }\n",
        "a: b # c\n", "a: C#\n", "a: -12\n", "a: 12:30\n", "a: 2024-01-01T13:30\n", "a: https://x.org/?a=1&b=2#top\n",
        "a: Réunion d’échanges « x » !\n", "é: [ü, ö, \"ß\"]\nb: é\n", "a: x:y\n",
        "  a: 1\n  b: 2\n", "a:\n    - x\n    - y\n", "- a: 1\n  b: 2\n- c: 3\n", "-   a: 1\n    b: 2\n",
        "# top\na: 1 # x\n# mid\nb: 2\n", "a: 1   \n\n\nb: 2\n   \n", "a : 1\n", "a: 1\n# end", "- a\n- b\n",
    ]

    /// `count` documents made from the seeds by one to three small edits that YAML is sensitive to: a character
    /// inserted or removed, a line indented, dedented, doubled or dropped. Always the same ones (a fixed seed).
    static func mutations(count: Int) -> [YAMLDocument] {
        var random = SplitMix(seed: 0x5EED_2026)
        let seeds = Self.seeds.filter { !$0.yaml.isEmpty } + handWritten.map { YAMLDocument(name: "hand-written", kind: "aides", yaml: $0) }
        let inserted: [String] = [":", ": ", " ", "  ", "\"", "'", "#", " #", "-", "- ", "[", "]", "{", "}", ",", "|", ">", "|-", ">+",
                                  "\n", "\n  ", "&a ", "*a", "!", "?", "%", "@", "`", "\t", "\r", "\\", "\\n", "\\u00e9", "é", "\u{FEFF}", "''",
                                  "yes", "~", "null", "1e3", "0x10", "12:30", "2024-01-01", "---", "..."]
        return (0..<count).map { index in
            let seed = seeds[Int(random.next() % UInt64(seeds.count))]
            var lines = seed.yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0...random.next() % 3 where !lines.isEmpty { edit(&lines, &random, inserted) }
            return YAMLDocument(name: "\(seed.name) mutation \(index)", kind: seed.kind, yaml: lines.joined(separator: "\n"))
        }
    }

    /// One edit of one line, chosen at random.
    private static func edit(_ lines: inout [String], _ random: inout SplitMix, _ inserted: [String]) {
        let row = Int(random.next() % UInt64(lines.count))
        var line = lines[row]
        switch random.next() % 7 {
        case 0, 1:
            let at = line.isEmpty ? 0 : Int(random.next() % UInt64(line.count + 1))
            let piece = inserted[Int(random.next() % UInt64(inserted.count))]
            line.insert(contentsOf: piece, at: line.index(line.startIndex, offsetBy: at))
            lines[row] = line
        case 2:
            if !line.isEmpty { line.remove(at: line.index(line.startIndex, offsetBy: Int(random.next() % UInt64(line.count)))) }
            lines[row] = line
        case 3: lines[row] = " " + line
        case 4: lines[row] = line.hasPrefix("  ") ? String(line.dropFirst(2)) : "  " + line
        case 5: lines.insert(line, at: row)
        default: lines.remove(at: row)
        }
    }

    /// Every node's kind, tag (as written and as resolved), style, place and text, indented: two trees are the same
    /// for the readers when their outlines are.
    static func outline(_ node: Node, indent: String = "") -> String {
        let place = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar):
            return "\(indent)scalar \(scalar.tag.rawValue)/\(node.tag.rawValue) \(scalar.style) \(place) \(scalar.string.debugDescription)\n"
        case .mapping(let mapping):
            var text = "\(indent)mapping \(mapping.tag.rawValue)/\(node.tag.rawValue) \(mapping.style) \(place)\n"
            for (key, value) in mapping {
                text += outline(key, indent: indent + "  ? ")
                text += outline(value, indent: indent + "  : ")
            }
            return text
        case .sequence(let sequence):
            var text = "\(indent)sequence \(sequence.tag.rawValue)/\(node.tag.rawValue) \(sequence.style) \(place)\n"
            for item in sequence { text += outline(item, indent: indent + "  - ") }
            return text
        case .alias:
            return "\(indent)alias\n"
        }
    }

    /// What the readers make of a tree: the model (as text) and every diagnostic, as the load step reads a file of
    /// that kind.
    static func reading(_ node: Node, kind: String, yaml: String) -> String {
        let log = DiagnosticLog(step: .load)
        let context = ReadContext(file: "Content/x", lineOffset: 1, log: log, yaml: yaml)
        var model = ""
        switch kind {
        case "site.yaml":
            if let reader = MappingReader(node, field: "", in: context, declaration: SiteConfig.declaration) {
                model = String(describing: SiteConfig(reading: reader, path: "Content/site.yaml"))
                reader.finish()
            }
        case "organisations.yaml":
            model = String(describing: OrganisationsReader.read(node, in: context))
        default:
            let contentKind = ContentKind(rawValue: kind) ?? .page
            if let reader = MappingReader(node, field: "", in: context, declaration: contentKind.declaration) {
                let meta = ContentMeta(reading: reader)
                let front: Any? = switch contentKind {
                case .aid: Aid(reading: reader)
                case .event: Event(reading: reader)
                case .basin: Basin(reading: reader)
                case .programme: Programme(reading: reader)
                case .news: NewsItem(reading: reader, date: CalendarDate(iso: "2022-12-05")!)
                case .page: Page(reading: reader)
                }
                reader.finish()
                model = String(describing: meta) + "\n" + String(describing: front)
            }
        }
        return model + "\n" + log.entries.map(\.formatted).joined(separator: "\n")
    }
}

/// A small deterministic generator (SplitMix64), so that the mutations are the same on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation
import RelaisFrench

/// `relais new`: a content file with every required key left empty for the author to fill, the allowed values in
/// comments, and today's `dateModified`. Empty values fail the check on their own line until they are filled.
public struct NewContentFile: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case aid, event, basin, programme, page, news

        /// Also in French, as authors may type them.
        public init?(argument: String) {
            let aliases = ["aide": "aid", "evenement": "event", "événement": "event", "bassin": "basin", "actualite": "news",
                           "actualité": "news"]
            self.init(rawValue: aliases[argument.lowercased()] ?? argument.lowercased())
        }

        var folder: ContentKind {
            switch self {
            case .aid: .aid
            case .event: .event
            case .basin: .basin
            case .programme: .programme
            case .page: .page
            case .news: .news
            }
        }
    }

    public let kind: Kind
    public let title: String
    public let date: CalendarDate

    public init(kind: Kind, title: String, date: CalendarDate) {
        self.kind = kind
        self.title = title
        self.date = date
    }

    /// `aides/aide-a-l-embauche-des-seniors.md`, news prefixed by the date; nil when the title gives no id.
    public var relativePath: String? {
        var slug = FrenchFolding.slug(title)
        // A file name has at most 255 bytes: a long title (an official name, a pasted paragraph) is cut after a word.
        // The slug is ASCII: a character is a byte.
        if slug.count > Self.maximumSlugLength {
            let cut = slug.prefix(Self.maximumSlugLength + 1)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut.dropLast())
        }
        guard !slug.isEmpty else { return nil }
        let name = kind == .news ? "\(date)-\(slug)" : slug
        return "\(kind.folder.rawValue)/\(name).md"
    }

    public func text(contentPath: String) -> String {
        let vocabulary = SiteVocabulary(contentPath: contentPath)
        let body = NewFileBodies.frontMatter(kind: kind, title: Self.quoted(title), vocabulary: vocabulary)
        // The editor's YAML language server reads the schema named on the first line (see `relais schema`).
        let schema = "# yaml-language-server: $schema=\(SchemaFiles.reference(for: kind.folder))\n"
        return "---\n" + schema + body + "dateModified: \(date)\n---\n" + NewFileBodies.markdown(kind: kind)
    }

    /// Bytes of a file name made from a title, the date and `.md` aside.
    static let maximumSlugLength = 120

    /// Writes the file under the content folder; refuses to replace one.
    public func write(contentPath: String) throws(NewFileError) -> String {
        guard let relativePath else { throw .noIdentifier(title) }
        let url = URL(fileURLWithPath: contentPath).appendingPathComponent(relativePath)
        let shown = BuildOptions.displayPath(contentPath) + "/" + relativePath
        guard !FileManager.default.fileExists(atPath: url.path) else { throw .exists(shown) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: a file appearing meanwhile is not replaced either.
            try Data(text(contentPath: contentPath).utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(shown, SystemErrorText.french(error))
        }
        return shown
    }

    /// A YAML double-quoted scalar: backslash and quote escaped, control characters and line separators as escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out += String(format: "\\x%02X", scalar.value)
            // Line and paragraph separators end a line for YAML 1.1, not for editors; the BOM is not printable.
            case "\u{2028}", "\u{2029}", "\u{FEFF}": out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

public enum NewFileError: Error, CustomStringConvertible {
    case noIdentifier(String), exists(String), cannotWrite(String, String)
    public var description: String {
        switch self {
        case .noIdentifier(let title): "Le titre « \(title) » ne donne aucun nom de fichier : écrivez-le avec des lettres ou des chiffres."
        case .exists(let path): "Le fichier \(path) existe déjà : il n'a pas été modifié. Ouvrez-le, ou choisissez un autre titre."
        case .cannotWrite(let path, let reason): "Le fichier \(path) n'a pas pu être écrit (\(reason))."
        }
    }
}

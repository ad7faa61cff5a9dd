import Yams

/// An id written in a content file that points at another item (an organisation, a programme, a theme…),
/// with where it was written so that an unresolved one can be reported there.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    public let id: String
    public let location: SourceLocation

    public var description: String { id }

    public static func == (lhs: Reference, rhs: Reference) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension Reference: YAMLReadable {
    static func read(_ node: Node, field: String, in context: ReadContext) -> Reference? {
        guard let text = String.read(node, field: field, in: context) else { return nil }
        return Reference(id: text, location: context.location(of: node))
    }
}

/// The rules for ids: file names and keys that become URL segments.
enum Identifier {
    /// `^[a-z0-9]+(-[a-z0-9]+)*$`
    static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid id close to a bad one: lower case, accents dropped, other characters as hyphens.
    static func suggestion(for id: String) -> String {
        let folded = id.lowercased().applyingFrenchFolding()
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "mon-identifiant" : result
    }
}

extension String {
    /// Drops the accents of French letters (é → e, œ → oe) for ids.
    func applyingFrenchFolding() -> String {
        var out = ""
        for character in self {
            switch character {
            case "à", "â", "ä", "á", "ã", "å": out += "a"
            case "ç": out += "c"
            case "é", "è", "ê", "ë": out += "e"
            case "î", "ï", "í", "ì": out += "i"
            case "ô", "ö", "ó", "ò", "õ": out += "o"
            case "ù", "û", "ü", "ú": out += "u"
            case "ÿ": out += "y"
            case "œ": out += "oe"
            case "æ": out += "ae"
            case "ñ": out += "n"
            default: out.append(character)
            }
        }
        return out
    }
}

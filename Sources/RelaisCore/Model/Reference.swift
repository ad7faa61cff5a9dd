import RelaisFrench
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
    static var shape: ValueShape { .reference(.any) }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Reference? {
        guard let text = String.readText(node, field: field, in: context) else { return nil }
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
        let slug = FrenchFolding.slug(id)
        return slug.isEmpty ? "mon-identifiant" : slug
    }
}

import Foundation
import Yams

/// Reads the keys of one YAML mapping into a model, remembering the keys asked for,
/// so that `finish()` can report every key nobody asked for, with the nearest known key.
final class MappingReader {
    let node: Node
    let context: ReadContext
    /// The mapping's own name in messages, empty at the top of a file.
    let field: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private var knownKeys: [String] = []

    /// Nil, after a diagnostic, when the node is not a mapping.
    init?(_ node: Node, field: String, in context: ReadContext) {
        guard case .mapping(let mapping) = node else {
            context.error(
                at: node,
                field.isEmpty ? "Ce fichier doit contenir des clés et leurs valeurs (`clé: valeur`), pas \(node.kindDescription)."
                    : "« \(field) » doit être un groupe de clés (`clé: valeur`), pas \(node.kindDescription).")
            return nil
        }
        self.node = node
        self.context = context
        self.field = field
        // Yams refuses duplicate keys while parsing (see YAMLErrorText), so keys are unique here.
        pairs = mapping.map { (key: $0.key.scalarText ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// The keys written in the file, in order.
    var writtenKeys: [(key: String, keyNode: Node, value: Node)] { pairs }

    func path(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    /// The value node of a key, marking the key as known.
    func valueNode(_ key: String) -> Node? {
        knownKeys.append(key)
        guard let value = pairs.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// Whether the key is written with a value, even an invalid one (`key: ~` counts as not written).
    func isWritten(_ key: String) -> Bool { pairs.contains { $0.key == key && !$0.value.isNull } }

    /// A whole number of at least `minimum` (a duration, a count, a size).
    func optionalCount(_ key: String, minimum: Int = 1) -> Int? {
        guard let value: Int = optional(key) else { return nil }
        guard value >= minimum else {
            requireCondition(key, "« \(path(key)) » vaut \(value) ; il doit valoir au moins \(minimum).",
                             hint: "Écrivez un nombre entier positif, ou supprimez la ligne.")
            return nil
        }
        return value
    }

    /// An amount of money: positive, in euros.
    func optionalAmount(_ key: String) -> Decimal? {
        guard let value: Decimal = optional(key) else { return nil }
        guard value > 0 else {
            requireCondition(key, "Le montant « \(path(key)) » doit être positif.",
                             hint: "Écrivez le montant en euros, sans signe : 15000.")
            return nil
        }
        // 0.004 would be published as "0 €": an amount is whole euros and cents, from 1 €.
        guard value >= 1, value == Self.roundedToCents(value) else {
            requireCondition(key, "Le montant « \(path(key)) » vaut \(value) € : un montant s'écrit en euros, d'au moins 1 €, au centime près.",
                             hint: "Écrivez par exemple 15000 ou 1500.50.")
            return nil
        }
        return value
    }

    static func roundedToCents(_ value: Decimal) -> Decimal {
        var value = value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return rounded
    }

    /// The location of a key's value, or of the mapping when the key is absent.
    func location(of key: String) -> SourceLocation {
        if let value = pairs.first(where: { $0.key == key })?.value { return context.location(of: value) }
        return context.location(of: node)
    }

    func required<T: YAMLReadable>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let value = valueNode(key) else {
            context.error(at: node, "Le champ obligatoire « \(key) » manque\(Self.inside(field)).",
                          hint: "Ajoutez une ligne « \(key): … »\(field.isEmpty ? "" : " dans « \(field) »").")
            return nil
        }
        return T.read(value, field: path(key), in: context)
    }

    func optional<T: YAMLReadable>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let value = valueNode(key) else { return nil }
        return T.read(value, field: path(key), in: context)
    }

    /// A list that must hold at least one item.
    func requiredList<T: YAMLReadable>(_ key: String, of type: T.Type = T.self) -> [T]? {
        guard let list: [T] = required(key) else { return nil }
        if list.isEmpty {
            context.error(at: valueNode(key) ?? node, "« \(path(key)) » doit contenir au moins un élément.",
                          hint: "Écrivez au moins une valeur entre crochets : « \(key): [ … ] ».")
            return nil
        }
        return list
    }

    /// A condition that ties several keys together (e.g. `closingDate` unless `recurrence: ongoing`).
    func requireCondition(_ key: String, _ message: String, hint: String? = nil) {
        context.log.error(location(of: key), message, hint: hint)
    }

    /// Reports every key that no `required`/`optional` call asked for.
    func finish() {
        let known = Array(Set(knownKeys)).sorted()
        for (key, keyNode, _) in pairs where !knownKeys.contains(key) {
            // A file full of unknown keys: count them, without a suggestion each.
            guard !context.log.isFull(context.file) else {
                context.log.skip(context.location(of: keyNode), severity: .error)
                continue
            }
            let hint: String
            if let near = Suggestion.nearest(to: key, among: known) {
                hint = "Vouliez-vous dire « \(near) » ?"
            } else {
                hint = "Les clés possibles ici sont : \(known.joined(separator: ", "))."
            }
            context.error(at: keyNode, "La clé « \(key) » est inconnue\(Self.inside(field)).", hint: hint)
        }
    }

    private static func inside(_ field: String) -> String {
        field.isEmpty ? "" : " dans « \(field) »"
    }
}

/// A model read from a YAML mapping; `init?(reading:)` asks for each key, returns nil if a required one failed.
protocol YAMLMapping: YAMLReadable {
    init?(reading reader: MappingReader)
}

extension YAMLMapping {
    static func read(_ node: Node, field: String, in context: ReadContext) -> Self? {
        guard let reader = MappingReader(node, field: field, in: context) else { return nil }
        let value = Self(reading: reader)
        reader.finish()
        return value
    }
}

import Foundation
import Yams

/// Reads the keys of one YAML mapping into a model through the mapping's declaration, which says whether each key
/// is required and its limits; `finish()` reports every key the declaration does not have, with the nearest one.
/// Mappings whose keys are ids (the organisations, their contacts) have no declaration: the reader walks them.
final class MappingReader {
    let node: Node
    let context: ReadContext
    /// The mapping's own name in messages, empty at the top of a file.
    let field: String
    let declaration: MappingDeclaration?
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    /// The keys and values of `pairs`, apart: reading `pairs[i].key` copies the whole pair, retaining its nodes.
    private let keys: [String]
    private let values: [Node]
    private var knownKeys: [String] = []

    /// Nil, after a diagnostic, when the node is not a mapping.
    init?(_ node: Node, field: String, in context: ReadContext, declaration: MappingDeclaration? = nil) {
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
        self.declaration = declaration
        // Yams refuses duplicate keys while parsing (see YAMLErrorText), so keys are unique here.
        pairs = mapping.map { (key: $0.key.scalarText ?? "", keyNode: $0.key, value: $0.value) }
        keys = pairs.map(\.key)
        values = pairs.map(\.value)
    }

    /// The keys written in the file, in order.
    var writtenKeys: [(key: String, keyNode: Node, value: Node)] { pairs }

    func path(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    /// The value node of a key, marking the key as known.
    func valueNode(_ key: String) -> Node? {
        knownKeys.append(key)
        guard let index = index(of: key), !values[index].isNull else { return nil }
        return values[index]
    }

    /// The position of a key in `pairs`, found among the keys alone: `first(where:)` on the pairs copies each pair
    /// it passes, retaining its two nodes, and every key of every file is looked up here.
    private func index(of key: String) -> Int? { keys.firstIndex(of: key) }

    /// Whether the key is written with a value, even an invalid one (`key: ~` counts as not written).
    func isWritten(_ key: String) -> Bool { index(of: key).map { !values[$0].isNull } ?? false }

    /// Whether the key is written with no value (`key:` or `key: ~`, or `key: #1d3a6e`, whose value YAML reads as a comment).
    func isWrittenEmpty(_ key: String) -> Bool { index(of: key).map { values[$0].isNull } ?? false }

    /// A whole number below its declared minimum, reported.
    private func isBelowMinimum(_ key: String, _ value: Int, _ minimum: Int) -> Bool {
        guard value < minimum else { return false }
        requireCondition(key, "« \(path(key)) » vaut \(value) ; il doit valoir au moins \(minimum).",
                         hint: "Écrivez un nombre entier positif, ou supprimez la ligne.")
        return true
    }

    /// An amount of money that is not positive, whole euros and cents, from 1 €, reported.
    private func isBadAmount(_ key: String, _ value: Decimal) -> Bool {
        guard value > 0 else {
            requireCondition(key, "Le montant « \(path(key)) » doit être positif.",
                             hint: "Écrivez le montant en euros, sans signe : 15000.")
            return true
        }
        // 0.004 would be published as "0 €": an amount is whole euros and cents, from 1 €.
        guard value >= 1, value == Self.roundedToCents(value) else {
            requireCondition(key, "Le montant « \(path(key)) » vaut \(value) € : un montant s'écrit en euros, d'au moins 1 €, au centime près.",
                             hint: "Écrivez par exemple 15000 ou 1500.50.")
            return true
        }
        return false
    }

    static func roundedToCents(_ value: Decimal) -> Decimal {
        var value = value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return rounded
    }

    /// The location of a key's value, or of the mapping when the key is absent.
    func location(of key: String) -> SourceLocation {
        if let index = index(of: key) { return context.location(of: values[index]) }
        return context.location(of: node)
    }

    /// The value of a declared key, read as its declaration says: a missing required key, a text over its length,
    /// a list under its count, a number under its minimum or a bad amount is reported and gives nil.
    func read<T: YAMLReadable>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let declared = declaration?.field(key) else {
            assertionFailure("« \(key) » is not declared for \(declaration?.name ?? field)")
            return valueNode(key).flatMap { T.read($0, field: path(key), in: context) }
        }
        assert(declared.type == ObjectIdentifier(T.self), "« \(key) » is declared as another type than \(T.self)")
        guard let valueNode = valueNode(key) else {
            if declared.isRequired {
                context.error(at: node, "Le champ obligatoire « \(key) » manque\(Self.inside(field)).",
                              hint: "Ajoutez une ligne « \(key): … »\(field.isEmpty ? "" : " dans « \(field) »").")
            }
            return nil
        }
        guard let value = T.read(valueNode, field: path(key), in: context) else { return nil }
        if let maxLength = declared.maxLength, let text = value as? String, text.count > maxLength {
            requireCondition(key, "« \(path(key)) » fait \(text.count) caractères ; la limite est de \(maxLength).",
                             hint: "Raccourcissez-le : il s'affiche dans les listes et les résultats de recherche.")
        }
        if let minItems = declared.minItems, let list = value as? any Collection, list.count < minItems {
            context.error(at: valueNode, "« \(path(key)) » doit contenir au moins un élément.",
                          hint: "Écrivez au moins une valeur entre crochets : « \(key): [ … ] ».")
            return nil
        }
        if let minimum = declared.minimum, let number = value as? Int, isBelowMinimum(key, number, minimum) { return nil }
        if case .amount = declared.shape, let amount = value as? Decimal, isBadAmount(key, amount) { return nil }
        return value
    }

    /// An optional list: absent means empty.
    func list<T: YAMLReadable>(_ key: String, of type: T.Type = T.self) -> [T] {
        read(key) ?? []
    }

    /// A condition that ties several keys together (e.g. `closingDate` unless `recurrence: ongoing`).
    func requireCondition(_ key: String, _ message: String, hint: String? = nil) {
        context.log.error(location(of: key), message, hint: hint)
    }

    /// Reports every key written that the declaration does not have (without one: that nobody asked for).
    func finish() {
        let known = declaration?.sortedKeys ?? Array(Set(knownKeys)).sorted()
        // A reader that stopped early after an error may leave keys unasked; otherwise each declared key is read.
        // Checked in debug builds only: the set would otherwise be built for every mapping read.
        assert({
            guard let declaration, !context.log.hasErrors else { return true }
            let unread = Set(declaration.keys).subtracting(knownKeys)
            assert(unread.isEmpty, "the reader of \(declaration.name) never asks for \(unread.sorted())")
            return true
        }())
        let isKnown: (String) -> Bool = { [declaration] key in declaration.map { $0.field(key) != nil } ?? known.contains(key) }
        for index in keys.indices where !isKnown(keys[index]) {
            let key = pairs[index].key, keyNode = pairs[index].keyNode
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

/// A model read from a YAML mapping; `init?(reading:)` asks for each declared key, returns nil if one failed.
protocol YAMLMapping: YAMLReadable {
    static var declaration: MappingDeclaration { get }
    init?(reading reader: MappingReader)
}

extension YAMLMapping {
    static var shape: ValueShape { .mapping(declaration) }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Self? {
        guard let reader = MappingReader(node, field: field, in: context, declaration: declaration) else { return nil }
        let value = Self(reading: reader)
        reader.finish()
        return value
    }
}

import Foundation
import RelaisFrench
import Yams

// How plain values are read from YAML scalars. Each reader logs a French message with the node's position.

extension String: YAMLReadable {
    static var shape: ValueShape { .text }

    /// A text value: its typography slips are reported as warnings, with the fix.
    static func read(_ node: Node, field: String, in context: ReadContext) -> String? {
        guard let text = readText(node, field: field, in: context) else { return nil }
        for slip in TypographySlip.find(in: text) {
            context.log.warning(context.location(of: slip, in: node), slip.message, hint: slip.hint)
        }
        return text
    }

    /// The trimmed text of a scalar, without the typography check: for ids, addresses, numbers and Markdown, which
    /// is checked on its render.
    static func readText(_ node: Node, field: String, in context: ReadContext) -> String? {
        guard let text = node.scalarText else {
            context.error(at: node, "« \(field) » doit être un texte, pas \(node.kindDescription).",
                          hint: "Écrivez le texte sur la même ligne, entre guillemets s'il contient « : » ou « # ».")
            return nil
        }
        let trimmed = text.trimmedOfWhitespace
        if trimmed.isEmpty {
            context.error(at: node, "« \(field) » est vide.", hint: "Écrivez une valeur ou supprimez la ligne si elle est facultative.")
            return nil
        }
        if let (offset, scalar) = UnsafeTextCheck.controlCharacter(in: trimmed) {
            context.error(at: node, "« \(field) » contient un caractère de contrôle invisible (U+\(UnsafeTextCheck.hex(scalar)), caractère \(offset + 1)).",
                          hint: "Supprimez-le : il vient souvent d'un copier-coller depuis un traitement de texte ou un PDF.")
            return nil
        }
        if let (offset, scalar, kind) = SpoofingCheck.firstSpoofingScalar(in: trimmed) {
            let (message, hint) = SpoofingCheck.message(field: field, offset: offset, scalar: scalar, kind: kind)
            context.error(at: node, message, hint: hint)
            return nil
        }
        if let (offset, character) = UnsafeTextCheck.unsafeCharacter(in: trimmed) {
            context.error(at: node, "« \(field) » contient, collé à « \(character.unicodeScalars.first { $0.isASCII }.map { String($0) } ?? "") » (caractère \(offset + 1)), un caractère invisible (\(UnsafeTextCheck.describe(character))).",
                          hint: "Supprimez ce caractère invisible, ou retapez le caractère accentué d'un seul tenant.")
            return nil
        }
        return trimmed
    }
}

extension MarkdownField: YAMLReadable {
    static var shape: ValueShape { .markdown }

    static func read(_ node: Node, field: String, in context: ReadContext) -> MarkdownField? {
        guard let text = String.readText(node, field: field, in: context), case .scalar(let scalar) = node,
              let mark = node.mark else { return nil }
        let markdown: MarkdownField
        switch scalar.style {
        case .literal, .folded:
            // `eligibility: |` then the text on the next lines, indented.
            markdown = MarkdownField(text: text, line: context.lineOffset + mark.line + 1, columnOffset: context.indentation(ofLine: mark.line + 1))
        case .singleQuoted, .doubleQuoted:
            markdown = MarkdownField(text: text, line: context.lineOffset + mark.line, columnOffset: mark.column)
        default:
            markdown = MarkdownField(text: text, line: context.lineOffset + mark.line, columnOffset: mark.column - 1)
        }
        if let problem = MarkdownGuard.problem(in: text) {
            let (message, hint) = MarkdownGuard.describe(problem)
            var location = context.location(of: node)
            if case .nestedOpeners(let line, let column) = problem {
                location = SourceLocation(file: context.file, line: markdown.line + line, column: markdown.columnOffset + column)
            }
            context.log.error(location, message, hint: hint)
            return nil
        }
        return markdown
    }
}

extension Int: YAMLReadable {
    static var shape: ValueShape { .integer }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Int? {
        guard let text = node.scalarText, let value = Int(text) else {
            context.error(at: node, "« \(field) » doit être un nombre entier, pas « \(node.scalarText ?? node.kindDescription) ».",
                          hint: "Écrivez un nombre sans espace ni unité, par exemple 24.")
            return nil
        }
        return value
    }
}

extension Bool: YAMLReadable {
    static var shape: ValueShape { .boolean }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Bool? {
        switch node.scalarText {
        case "true": return true
        case "false": return false
        default:
            context.error(at: node, "« \(field) » doit valoir true ou false, pas « \(node.scalarText ?? node.kindDescription) ».",
                          hint: "Écrivez « true » (oui) ou « false » (non).")
            return nil
        }
    }
}

extension Decimal: YAMLReadable {
    static var shape: ValueShape { .number }

    /// Exact decimals only: `4500000` or `4.5`, never `4.5e6` nor `4 500 000`.
    static func read(_ node: Node, field: String, in context: ReadContext) -> Decimal? {
        guard let text = node.scalarText, let value = Decimal(plainText: text) else {
            let written = node.scalarText ?? node.kindDescription
            let hint = written.lowercased().contains("e")
                ? "Écrivez le nombre en entier, sans notation scientifique : 4500000 plutôt que 4.5e6."
                : "Écrivez un nombre sans espace ni unité, avec un point pour les décimales : 15000 ou 4.5."
            context.error(at: node, "« \(field) » doit être un nombre, pas « \(written) ».", hint: hint)
            return nil
        }
        // Decimal keeps 38 digits and would silently round beyond; no amount or figure of a guide needs 18.
        let digits = text.drop { $0 == "-" || $0 == "0" }.filter(\.isASCIIDigit).count
        guard digits <= Self.maximumDigits else {
            context.error(at: node, "« \(field) » a \(digits) chiffres : Relais garde au plus \(Self.maximumDigits) chiffres pour écrire les nombres exactement.",
                          hint: "Vérifiez le nombre : un montant s'écrit en euros, par exemple 4500000 pour 4,5 millions.")
            return nil
        }
        return value
    }

    static let maximumDigits = 18

    /// `-12.5` and the like, exactly; nil for anything else (`Decimal(string:)` alone reads `1-2` as 1).
    init?(plainText text: String) {
        guard Self.isPlainDecimal(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self = value
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        var digitsBeforePoint = 0, digitsAfterPoint = 0, sawPoint = false
        for (index, character) in text.enumerated() {
            switch character {
            case "-" where index == 0: continue
            case "." where !sawPoint: sawPoint = true
            case "0"..."9": if sawPoint { digitsAfterPoint += 1 } else { digitsBeforePoint += 1 }
            default: return false
            }
        }
        return digitsBeforePoint > 0 && (!sawPoint || digitsAfterPoint > 0)
    }
}

/// A percentage between 0 and 100.
public struct Percent: YAMLReadable, Sendable, Hashable {
    static var shape: ValueShape { .percent }

    public let value: Decimal

    static func read(_ node: Node, field: String, in context: ReadContext) -> Percent? {
        guard let value = Decimal.read(node, field: field, in: context) else { return nil }
        guard value >= 0, value <= 100 else {
            context.error(at: node, "« \(field) » est un pourcentage : il doit être compris entre 0 et 100.",
                          hint: "Écrivez 25 pour 25 %, sans le signe %.")
            return nil
        }
        return Percent(value: value)
    }
}

extension CalendarDate: YAMLReadable {
    static var shape: ValueShape { .date }

    static func read(_ node: Node, field: String, in context: ReadContext) -> CalendarDate? {
        guard let text = node.scalarText, let date = CalendarDate(iso: text) else {
            context.error(at: node, "« \(field) » doit être une date existante au format AAAA-MM-JJ, pas « \(node.scalarText ?? node.kindDescription) ».",
                          hint: "Écrivez par exemple 2022-12-01 pour le 1er décembre 2022.")
            return nil
        }
        return date
    }
}

extension LocalDateTime: YAMLReadable {
    static var shape: ValueShape { .dateTime }

    static func read(_ node: Node, field: String, in context: ReadContext) -> LocalDateTime? {
        guard let text = node.scalarText, let value = LocalDateTime(iso: text) else {
            context.error(at: node, "« \(field) » doit être une date et une heure au format AAAA-MM-JJTHH:MM, pas « \(node.scalarText ?? node.kindDescription) ».",
                          hint: "Écrivez par exemple 2022-12-01T13:30 pour le 1er décembre 2022 à 13 h 30.")
            return nil
        }
        return value
    }
}

extension Array: YAMLReadable where Element: YAMLReadable {
    static var shape: ValueShape { .list(Element.shape) }

    static func read(_ node: Node, field: String, in context: ReadContext) -> [Element]? {
        guard case .sequence(let sequence) = node else {
            context.error(at: node, "« \(field) » doit être une liste, pas \(node.kindDescription).",
                          hint: "Écrivez une liste entre crochets, [a, b], ou une ligne « - a » par élément.")
            return nil
        }
        var elements: [Element] = []
        var failed = false
        for (index, item) in sequence.enumerated() {
            if let element = Element.read(item, field: "\(field)[\(index + 1)]", in: context) {
                elements.append(element)
            } else {
                failed = true
            }
        }
        return failed ? nil : elements
    }
}

/// A closed list of values written as words (`aidTypes: [loan, grant]`).
protocol YAMLEnum: YAMLReadable, RawRepresentable<String>, CaseIterable, Sendable, Hashable {}

extension YAMLEnum {
    static var shape: ValueShape {
        .choice(allCases.map { ValueShape.Choice(value: $0.rawValue, label: ($0 as? any LabelledValue)?.label) })
    }

    static func read(_ node: Node, field: String, in context: ReadContext) -> Self? {
        let allowed = allCases.map(\.rawValue)
        guard let text = node.scalarText, let value = Self(rawValue: text) else {
            let written = node.scalarText ?? node.kindDescription
            var hint = "Les valeurs possibles sont : \(allowed.joined(separator: ", "))."
            if let near = Suggestion.nearest(to: written, among: allowed) {
                hint = "Vouliez-vous dire « \(near) » ? " + hint
            }
            context.error(at: node, "« \(written) » n'est pas une valeur possible de « \(field) ».", hint: hint)
            return nil
        }
        return value
    }
}

extension String {
    /// The text without the white space and line ends around it, as `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// gives, without going through NSString: that detour was a fifth of loading 10,000 files.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.isTrimmedSpace, !last.isTrimmedSpace { return self }
        guard let start = scalars.firstIndex(where: { !$0.isTrimmedSpace }),
              let end = scalars.lastIndex(where: { !$0.isTrimmedSpace }) else { return "" }
        return String(scalars[start...end])
    }
}

extension Unicode.Scalar {
    /// Foundation's `whitespacesAndNewlines`: the separators (Zs, Zl, Zp), tab to carriage return, NEL and U+200B.
    var isTrimmedSpace: Bool {
        switch value {
        // Foundation counts the zero-width space (U+200B) too.
        case 0x09...0x0D, 0x20, 0x85, 0x200B: return true
        case 0..<0x80: return false
        default:
            switch properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}

/// A template that does not parse: what is wrong, in French, and where (from 1, columns in characters).
public struct MustacheSyntaxError: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// `{{` with no `}}` after it.
        case unclosedTag
        /// `{{#name}}` never closed.
        case unclosedSection(String)
        /// `{{/name}}` closing another section, or nothing.
        case unexpectedClose(String, expected: String?)
        /// A name with characters a name cannot hold (spaces, parentheses…).
        case invalidName(String)
        /// `{{=<% %>=}}` not written as two delimiters.
        case invalidDelimiters
        /// Inside `{{<parent}}`, something other than `{{$block}}` definitions.
        case contentInsideParent
        /// `{{%…}}`: pragmas are not supported.
        case unsupportedPragma
    }

    public let problem: Problem
    public let line: Int
    public let column: Int

    /// The problem as a French sentence, without its position.
    public var message: String {
        switch problem {
        case .unclosedTag: "une balise {{ n'est pas refermée par }}"
        case .unclosedSection(let name): "la section « \(name) » n'est jamais refermée (il manque {{/\(name)}})"
        case .unexpectedClose(let name, nil): "{{/\(name)}} referme une section qui n'est pas ouverte"
        case .unexpectedClose(let name, let expected?): "{{/\(name)}} referme une section ouverte sous le nom « \(expected) »"
        case .invalidName(let name): "le nom « \(name) » n'est pas un nom de champ (lettres, chiffres, . - _ seulement)"
        case .invalidDelimiters: "le changement de délimiteurs doit s'écrire {{=<% %>=}}"
        case .contentInsideParent: "entre {{<…}} et sa fermeture, seuls des blocs {{$nom}}…{{/nom}} sont permis"
        case .unsupportedPragma: "les directives {{%…}} ne sont pas prises en charge"
        }
    }
}

import Foundation
import RelaisCore

/// Usage errors in French. ArgumentParser's errors are internal types, so its English sentences are recognised by
/// their fixed wording and replaced; anything unrecognised gets a French sentence of its own, never the English.
enum FrenchUsage {
    struct UnknownCommand { let message: String; let hint: String }

    /// A first word that is neither an option nor a command is a mistyped command, not an argument of `build`
    /// (without this, `relais serve --help` printed the build's help). Also `relais help publier`.
    static func unknownCommand(in arguments: [String], known: [String]) -> UnknownCommand? {
        guard var word = arguments.first, !word.hasPrefix("-") else { return nil }
        if word == "help", arguments.count > 1, !arguments[1].hasPrefix("-") { word = arguments[1] }
        guard !known.contains(word) else { return nil }
        let commands = known.filter { $0 != "help" }
        let shown = TerminalText.escaped(word)
        if let nearest = Suggestion.nearest(to: word, among: commands) {
            return UnknownCommand(message: "La commande « \(shown) » n'existe pas.", hint: "Vouliez-vous dire « relais \(nearest) » ?")
        }
        return UnknownCommand(message: "La commande « \(shown) » n'existe pas.",
                              hint: "Les commandes sont : \(commands.joined(separator: ", ")). relais --help les décrit.")
    }

    /// The command the arguments run, for the hint: the first word if it names one, else the default, build.
    static func commandName(in arguments: [String], known: [String]) -> String {
        if let first = arguments.first, known.contains(first), first != "help" { return first }
        return "build"
    }

    /// ArgumentParser's sentence (`message(for:)`, without its usage lines) in French.
    static func translate(_ english: String) -> String {
        let text = english.trimmingCharacters(in: .whitespacesAndNewlines)
        if let m = match(#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, text) {
            return "L'option « \(m[0]) » n'existe pas. Vouliez-vous dire « \(m[1]) » ?"
        }
        if let m = match(#"^Unknown option '([^']*)'"#, text) {
            return "L'option « \(m[0]) » n'existe pas."
        }
        if let m = match(#"^Unexpected argument '(.*)'$"#, text) {
            return "« \(m[0]) » est de trop : cette commande ne prend pas cet argument."
        }
        if let m = match(#"^\d+ unexpected arguments: '(.*)'$"#, text) {
            let words = m[0].components(separatedBy: "', '").map { "« \($0) »" }
            return "Ces arguments sont de trop : \(words.joined(separator: ", "))."
        }
        if let m = match(#"^Missing value for '([^' ]*)"#, text) {
            return "L'option \(m[0]) attend une valeur après elle."
        }
        if let m = match(#"^Missing expected argument '([^']*)'"#, text) {
            return "Il manque l'argument \(m[0])."
        }
        if let m = match(#"^Missing one of: '(.*)'$"#, text) {
            return "Il manque l'un de ces arguments : \(m[0].replacingOccurrences(of: "', '", with: ", "))."
        }
        if let m = match(#"^The value '(.*)' is invalid for '([^' ]*)"#, text) {
            return "La valeur « \(m[0]) » ne convient pas à \(m[1])."
        }
        if let m = match(#"^The option '([^']*)' does not take any value, but '(.*)' was specified\."#, text) {
            return "L'option \(m[0]) ne prend pas de valeur (« \(m[1]) » donné)."
        }
        if text.hasPrefix("Value to be set with") {
            return "Une option est donnée deux fois."
        }
        return "La ligne de commande n'a pas été comprise."
    }

    /// The captured groups of the first match, every value escaped for the terminal.
    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { TerminalText.escaped(String(text[$0])) } ?? ""
        }
    }
}

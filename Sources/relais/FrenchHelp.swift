import Foundation

/// ArgumentParser writes its help frame in English (headings, the --help line, defaults); the descriptions are
/// ours and already French. Its words are fixed, so they are replaced one by one; a test fails if one is left.
enum FrenchHelp {
    static func translate(_ english: String) -> String {
        var text = english
        for (from, to) in replacements {
            text = text.replacingOccurrences(of: from, with: to)
        }
        // The default command's mark is three letters longer in French: taken from the padding that follows it.
        text = text.replacingOccurrences(of: #" \(default\)   "#, with: " (par défaut)", options: .regularExpression)
        text = text.replacingOccurrences(of: " (default)", with: " (par défaut)")
        // Wrapped lines may put a line break after "(default:".
        text = text.replacingOccurrences(of: #"\(default:(\s)"#, with: "(par défaut :$1", options: .regularExpression)
        return text
    }

    private static let replacements: [(String, String)] = [
        ("OVERVIEW: ", "RÉSUMÉ : "),
        ("USAGE: ", "UTILISATION : "),
        ("ARGUMENTS:\n", "ARGUMENTS :\n"),
        ("OPTIONS:\n", "OPTIONS :\n"),
        ("SUBCOMMANDS:\n", "COMMANDES :\n"),
        ("<subcommand>", "<commande>"),
        ("Show help information.", "Affiche cette aide."),
        ("(values: ", "(valeurs : "),
        ("  See 'relais help <commande>' for detailed help.", "  « relais help <commande> » décrit chaque commande."),
    ]
}

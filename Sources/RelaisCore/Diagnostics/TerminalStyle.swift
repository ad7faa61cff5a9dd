import Foundation

/// Colours for people reading on a terminal: the severity word and the hint stand out. Only when standard error
/// is a terminal and NO_COLOR is not set (https://no-color.org); CI logs and pipes get plain text.
public enum TerminalStyle {
    /// A formatted diagnostic (`file:line:col: erreur : …\n  aide : …`, or a usage error `erreur : …`) with its
    /// severity and hint coloured.
    public static func coloured(_ formatted: String) -> String {
        (formatted.hasPrefix("erreur : ") ? "\u{1B}[1;31merreur\u{1B}[0m : " + formatted.dropFirst("erreur : ".count) : formatted)
            .replacingFirst(": erreur : ", with: ": \u{1B}[1;31merreur\u{1B}[0m : ")
            .replacingFirst(": avertissement : ", with: ": \u{1B}[1;33mavertissement\u{1B}[0m : ")
            .replacingFirst("\n  aide : ", with: "\n  \u{1B}[36maide\u{1B}[0m : ")
    }

    public static func wanted(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

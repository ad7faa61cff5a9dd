import Foundation

/// Finds a quoted value left open. libyaml lets a quoted value run over several lines, so a missing closing quote
/// is reported far below, as an indentation problem; front matter keeps quoted values on one line, so the first
/// quote that a line opens and does not close is the likely cause. Only asked after the YAML failed to parse.
enum UnclosedQuote {
    struct Found: Equatable { let line: Int; let column: Int; let mark: String }

    /// The first quote opened and not closed on its line, on lines 1 through `lastLine` (1-based, as libyaml's marks).
    static func find(in yaml: String, before lastLine: Int) -> Found? {
        var blockIndent: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index < lastLine {
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            // Lines of a `|` or `>` text are text, whatever quotes they hold.
            if let block = blockIndent {
                if characters.allSatisfy(\.isWhitespace) || indent > block { continue }
                blockIndent = nil
            }
            if let column = openQuote(in: characters) {
                return Found(line: index + 1, column: column + 1, mark: characters[column] == "\"" ? "« \" »" : "« ' »")
            }
            if startsBlockText(characters) { blockIndent = indent }
        }
        return nil
    }

    /// The column (from 0) of a quote that starts a value and is still open at the end of the line. A quote starts
    /// a value after `key:`, `- `, `[`, `{` or `,` (a quote inside plain text, `Les PME "x`, does not).
    static func openQuote(in line: [Character]) -> Int? {
        var index = 0
        var previous: Character = " "
        var lastSignificant: Character = "-"
        while index < line.count {
            let character = line[index]
            if character == "#", previous == " " { return nil }
            if character == "\"" || character == "'", " [{,:".contains(previous), ":-[{,".contains(lastSignificant) {
                guard let end = closing(character, in: line, after: index) else { return index }
                index = end + 1
                previous = character
                lastSignificant = character
                continue
            }
            previous = character
            if character != " " { lastSignificant = character }
            index += 1
        }
        return nil
    }

    /// The index of the quote that closes the one at `start`: `\"` escapes inside double quotes, `''` inside single.
    private static func closing(_ quote: Character, in line: [Character], after start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            if quote == "\"", line[index] == "\\" { index += 2; continue }
            if line[index] == quote {
                if quote == "'", index + 1 < line.count, line[index + 1] == "'" { index += 2; continue }
                return index
            }
            index += 1
        }
        return nil
    }

    /// `key: |`, `key: >-`, `- |`…: the lines below, more indented, are text.
    private static func startsBlockText(_ line: [Character]) -> Bool {
        let text = String(line).trimmingCharacters(in: .whitespaces)
        guard let last = text.split(separator: " ").last else { return false }
        return ["|", ">", "|-", ">-", "|+", ">+"].contains(String(last)) && (text.hasSuffix(": " + last) || text.hasPrefix("- "))
    }
}

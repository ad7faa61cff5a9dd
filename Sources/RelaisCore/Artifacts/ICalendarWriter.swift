/// Writes iCalendar (RFC 5545) content lines: every value is escaped for its type here, and every line is folded
/// at 75 octets and ended with CRLF, so that no text of the content can end a line, start a property or break a
/// UTF-8 character.
struct ICalendarWriter: Sendable {
    /// The calendar so far, each content line folded and ended with CRLF.
    private(set) var output = ""

    /// A property parameter, `TZID=Europe/Paris`.
    struct Parameter: Sendable, Hashable {
        let name: String
        let value: String
    }

    /// The longest line, in octets, CRLF excluded (RFC 5545 §3.1).
    static let maxLineOctets = 75

    mutating func begin(_ component: String) { line("BEGIN:" + component) }
    mutating func end(_ component: String) { line("END:" + component) }

    /// A property of type TEXT (`SUMMARY`, `DESCRIPTION`, `LOCATION`…): `\ ; ,` and line breaks escaped.
    mutating func text(_ name: String, _ value: String, _ parameters: [Parameter] = []) {
        property(name, parameters, Self.escapeText(value))
    }

    /// A property whose value already has its type's syntax (DATE-TIME, UTC-OFFSET, URI, RECUR, a fixed word).
    /// Control characters cannot be written in any value, so they are dropped rather than allowed to break a line.
    mutating func value(_ name: String, _ value: String, _ parameters: [Parameter] = []) {
        property(name, parameters, Self.removingControls(value))
    }

    private mutating func property(_ name: String, _ parameters: [Parameter], _ value: String) {
        var text = name
        for parameter in parameters { text += ";\(parameter.name)=\(Self.parameterValue(parameter.value))" }
        line(text + ":" + value)
    }

    private mutating func line(_ text: String) {
        output += Self.fold(text)
        output += "\r\n"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, every line break (CRLF, LF or CR) becomes
    /// `\n`, other control characters (forbidden in TEXT) are dropped; a tab is kept.
    static func escapeText(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if !isControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A parameter value: quoted when it holds `:` `;` or `,`; a double quote, which cannot be written, dropped.
    static func parameterValue(_ value: String) -> String {
        let clean = String(String.UnicodeScalarView(removingControls(value).unicodeScalars.filter { $0 != "\"" }))
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
    }

    static func removingControls(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { !isControl($0) }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// Folds a content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines starting with one
    /// space; a break never falls inside a UTF-8 sequence, so each line is valid UTF-8 on its own.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > maxLineOctets else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3)
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > maxLineOctets {
                out += "\r\n "
                // The leading space counts towards the continuation line's 75 octets.
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out
    }
}

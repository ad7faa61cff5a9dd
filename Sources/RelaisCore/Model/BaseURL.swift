/// The one rule for the site's public address, wherever it comes from: `baseUrl` in `site.yaml`, `--base-url`, or
/// `BuildOptions.baseURL` set by a program. It is pasted into every absolute URL the site publishes (canonical
/// links, Open Graph, the feed and its ids, the sitemap, robots.txt) and, through its path, into every link, so it
/// must be a plain web address: nothing in it may end an attribute, open an element, break a line or add a query.
public enum BaseURL {
    /// Why `text` cannot be the site's address, as a French sentence; nil when it can.
    public static func problem(_ text: String) -> String? {
        // Characters first, so that the later messages may quote the address safely.
        for scalar in text.unicodeScalars {
            if let name = forbidden(scalar) {
                return "L'adresse du site contient \(name), qui ne peut pas figurer dans une adresse publiée."
            }
        }
        guard let scheme = ["https://", "http://"].first(where: text.hasPrefix) else {
            if text.lowercased().hasPrefix("https://") || text.lowercased().hasPrefix("http://") {
                return "L'adresse du site « \(text) » doit commencer par https:// (ou http://) écrit en minuscules."
            }
            return "L'adresse du site « \(text) » doit commencer par https:// (ou http://)."
        }
        let afterScheme = text.dropFirst(scheme.count)
        let authority = afterScheme.prefix { $0 != "/" }
        if authority.contains("@") {
            return "L'adresse du site « \(text) » contient un identifiant (avant « @ ») : il serait publié sur chaque page."
        }
        if authority.hasPrefix("[") {
            return "L'adresse du site « \(text) » désigne l'hôte par une adresse IPv6 : Relais demande un nom de domaine."
        }
        let host = hostPart(of: authority)
        guard !host.isEmpty else {
            return "L'adresse du site « \(text) » ne nomme aucun hôte après « \(scheme) »."
        }
        guard host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }),
              !host.hasPrefix("."), !host.hasPrefix("-") else {
            return "L'hôte « \(host) » de l'adresse du site n'est pas un nom de domaine (lettres sans accent, chiffres, points et tirets)."
        }
        guard !host.split(separator: ".", omittingEmptySubsequences: false).dropLast(host.hasSuffix(".") ? 1 : 0).contains(where: \.isEmpty) else {
            return "L'hôte « \(host) » de l'adresse du site a deux points qui se suivent."
        }
        guard host == host.lowercased() else {
            return "L'hôte « \(host) » de l'adresse du site doit être écrit en minuscules, comme il sera publié : « \(host.lowercased()) »."
        }
        let port = authority.dropFirst(host.count)
        if !port.isEmpty {
            guard port.count > 1, port.count <= 6, port.dropFirst().allSatisfy(\.isASCIIDigit), let number = Int(port.dropFirst()),
                  (1...65_535).contains(number) else {
                return "Le port « \(port.dropFirst()) » de l'adresse du site n'est pas un numéro de port (1 à 65535)."
            }
        }
        let path = afterScheme.dropFirst(authority.count)
        if let problem = pathProblem(path) { return "Le chemin « \(path) » de l'adresse du site \(problem)." }
        return nil
    }

    /// What is wrong with the path of the address, as the end of a sentence, or nil. Only what a URL may hold as
    /// it is: letters, digits, `- . _ ~ ! $ & ( ) * + , ; = : @ /` and `%` followed by two hexadecimal digits.
    private static func pathProblem(_ path: Substring) -> String? {
        let bytes = Array(path.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else {
                    return "a un « % » qui n'est pas suivi de deux chiffres hexadécimaux"
                }
                index += 3
                continue
            }
            guard byte < 0x80 else { return "contient une lettre accentuée ou un caractère non ASCII : écrivez-le encodé (é s'écrit %C3%A9)" }
            guard isPathByte(byte) else { return "contient « \(Character(Unicode.Scalar(byte))) », qu'une adresse n'admet pas tel quel" }
            index += 1
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().dropLast()
        if segments.contains(where: { $0.isEmpty }) { return "contient « // »" }
        if segments.contains(where: { $0 == "." || $0 == ".." }) { return "contient « . » ou « .. » comme dossier" }
        return nil
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static func isPathByte(_ byte: UInt8) -> Bool {
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return true }
        return "-._~!$&()*+,;=:@/".utf8.contains(byte)
    }

    /// What to write instead, for messages.
    public static let hint = "Écrivez une adresse complète, par exemple https://guide.example.org/ ou https://example.org/guide/."

    /// The host of an address that passed `problem`, lower-cased, without its port: `guide.example.org`.
    public static func host(of baseURL: String) -> String {
        let afterScheme = baseURL.drop { $0 != "/" }.drop { $0 == "/" }
        return String(hostPart(of: afterScheme.prefix { $0 != "/" })).lowercased()
    }

    private static func hostPart(of authority: Substring) -> Substring {
        authority.prefix { $0 != ":" }
    }

    /// The French name of a character a site address may not hold, or nil.
    private static func forbidden(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "un guillemet (\")"
        case "'": "une apostrophe (')"
        case "<", ">": "un chevron (< ou >)"
        case "\\": "une barre oblique inverse (\\)"
        // A query or a fragment would end up in the middle of every URL built from the address.
        case "?", "#": "un « \(scalar) »"
        case " ", "\u{00A0}": "une espace"
        default:
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                "un caractère de contrôle invisible (U+\(hex(scalar.value)))"
            } else if scalar.properties.isWhitespace {
                "une espace (U+\(hex(scalar.value)))"
            } else if scalar.properties.generalCategory == .format {
                "un caractère invisible (U+\(hex(scalar.value)))"
            } else {
                nil
            }
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

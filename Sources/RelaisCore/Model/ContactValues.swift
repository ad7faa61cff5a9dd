import RelaisFrench
import Yams

/// A link target allowed in content: `https://…`, `mailto:…`, `tel:…` or a path of the site (`/aides/…`).
public struct ContentURL: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable { case web, mail, phone, sitePath }
    public let value: String
    public let kind: Kind
    /// Where it is written, to report a site path that leads nowhere.
    public let location: SourceLocation
    public var description: String { value }

    public static func == (lhs: ContentURL, rhs: ContentURL) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension ContentURL: YAMLReadable {
    static var shape: ValueShape { .url }

    static func read(_ node: Node, field: String, in context: ReadContext) -> ContentURL? {
        guard let text = String.readText(node, field: field, in: context) else { return nil }
        let location = context.location(of: node)
        let hint = "Écrivez une adresse complète (https://…), mailto:…, tel:… ou un chemin du site commençant par / (par exemple /aides/)."
        if text.holdsWhitespace {
            context.error(at: node, "L'adresse « \(text) » de « \(field) » contient une espace.", hint: hint)
            return nil
        }
        // Counted in bytes: after an ASCII prefix, any byte more is a character more.
        if text.hasPrefix("https://"), text.utf8.count > "https://".utf8.count {
            return ContentURL(value: text, kind: .web, location: location)
        }
        if text.hasPrefix("http://"), text.utf8.count > "http://".utf8.count {
            context.warning(at: node, "L'adresse « \(text) » n'est pas sécurisée (http).",
                            hint: "Si le site l'accepte, écrivez https:// à la place de http://.")
            return ContentURL(value: text, kind: .web, location: location)
        }
        if text.hasPrefix("mailto:"), EmailAddress.isValid(String(text.dropFirst("mailto:".count))) {
            return ContentURL(value: text, kind: .mail, location: location)
        }
        if text.hasPrefix("tel:+"), text.dropFirst(5).allSatisfy(\.isNumber) {
            return ContentURL(value: text, kind: .phone, location: location)
        }
        if text.hasPrefix("/"), !text.hasPrefix("//") {
            return ContentURL(value: text, kind: .sitePath, location: location)
        }
        context.error(at: node, "« \(text) » n'est pas une adresse acceptée pour « \(field) ».", hint: hint)
        return nil
    }
}

/// An e-mail address, checked for its shape only.
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    public let value: String
    public var description: String { value }

    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.holdsWhitespace && !text.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }
    }
}

extension String {
    /// `contains(where: \.isWhitespace)`, read on the bytes when they are all ASCII: walking Characters and asking
    /// each for its Unicode properties cost more than the rest of reading an aid's addresses.
    var holdsWhitespace: Bool {
        var ascii = true
        for byte in utf8 {
            if byte >= 0x80 { ascii = false; break }
            // Tab to carriage return and the space: the ASCII characters `Character.isWhitespace` accepts.
            if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        }
        return ascii ? false : contains(where: \.isWhitespace)
    }
}

extension EmailAddress: YAMLReadable {
    static var shape: ValueShape { .email }

    static func read(_ node: Node, field: String, in context: ReadContext) -> EmailAddress? {
        guard let text = String.readText(node, field: field, in: context) else { return nil }
        guard isValid(text) else {
            context.error(at: node, "« \(text) » n'est pas une adresse électronique valide.",
                          hint: "Écrivez-la sous la forme nom@domaine.fr, sans « mailto: ».")
            return nil
        }
        return EmailAddress(value: text)
    }
}

/// A phone number in E.164 form (`+33199000000`), shown the French way.
public struct PhoneNumber: Sendable, Hashable {
    public let e164: String
}

extension PhoneNumber: YAMLReadable {
    static var shape: ValueShape { .phone }

    static func read(_ node: Node, field: String, in context: ReadContext) -> PhoneNumber? {
        guard let text = String.readText(node, field: field, in: context) else { return nil }
        guard FrenchFormatter().phone(e164: text) != nil else {
            context.error(at: node, "« \(text) » n'est pas un numéro de téléphone au format international.",
                          hint: "Écrivez le numéro entre guillemets, avec l'indicatif et sans espace : \"+33199000000\" pour 01 99 00 00 00.")
            return nil
        }
        return PhoneNumber(e164: text)
    }
}

/// A territory: a COG-style code (`REG-32`, `DEP-94`, `DEP-2A`, `EPCI-200058014`, `COM-94041`, `ZE-3213`) or a basin id.
public struct TerritoryCode: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case region = "REG", department = "DEP", epci = "EPCI", commune = "COM", employmentZone = "ZE", basin
        /// `FR` and `UE`: national and European aids, open on every basin.
        case france = "FR", europe = "UE"
    }
    public let code: String
    public let kind: Kind
    public let location: SourceLocation
    public var description: String { code }

    public static func == (lhs: TerritoryCode, rhs: TerritoryCode) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// The kind of a code, or nil when it is neither a COG code nor an id.
    static func kind(of code: String) -> Kind? {
        if code == Kind.france.rawValue { return .france }
        if code == Kind.europe.rawValue { return .europe }
        let parts = code.split(separator: "-", maxSplits: 1).map(String.init)
        if parts.count == 2, let kind = Kind(rawValue: parts[0]) {
            let value = parts[1]
            switch kind {
            case .region: return value.count == 2 && value.allSatisfy(\.isASCIIDigit) ? kind : nil
            case .department:
                let ok = (value.count == 2 && (value.allSatisfy(\.isASCIIDigit) || value == "2A" || value == "2B"))
                    || (value.count == 3 && value.hasPrefix("97") && value.allSatisfy(\.isASCIIDigit))
                return ok ? kind : nil
            case .epci: return value.count == 9 && value.allSatisfy(\.isASCIIDigit) ? kind : nil
            case .commune: return value.count == 5 && value.dropFirst(2).allSatisfy(\.isASCIIDigit) ? kind : nil
            case .employmentZone: return value.count == 4 && value.allSatisfy(\.isASCIIDigit) ? kind : nil
            case .basin, .france, .europe: return nil
            }
        }
        return Identifier.isValid(code) ? .basin : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension TerritoryCode: YAMLReadable {
    static var shape: ValueShape { .territory }

    static func read(_ node: Node, field: String, in context: ReadContext) -> TerritoryCode? {
        guard let text = String.readText(node, field: field, in: context) else { return nil }
        guard let kind = kind(of: text) else {
            context.error(at: node, "« \(text) » n'est pas un code de territoire reconnu.",
                          hint: "Écrivez un code comme REG-32, DEP-94, DEP-2A, EPCI-200058014, COM-94041, ZE-3213, FR (France entière), UE (Union européenne), ou l'identifiant d'un bassin.")
            return nil
        }
        return TerritoryCode(code: text, kind: kind, location: context.location(of: node))
    }
}

import RelaisFrench
import Yams

extension SiteConfig {
    init?(reading r: MappingReader, path: String) {
        let title: String? = r.read("title")
        // Read as text: `BaseURL.problem` is the whole rule, with its own messages.
        let baseURL: String? = r.read("baseUrl")
        let language: String? = r.read("language")
        let publisher: Reference? = r.read("publisher")
        let description = r.read("description") as String?
        let navigation: [NavigationItem] = r.list("navigation")
        let taxonomies: Taxonomies? = r.read("taxonomies")
        let accessibility: Accessibility? = r.read("accessibility")
        let allowRawHtml: Bool? = r.read("allowRawHtml")
        let closingSoonDays: Int? = r.read("closingSoonDays")
        let timeStyleText: String? = r.read("timeStyle")

        var timeStyle = TimeStyle.spaced
        if let timeStyleText {
            switch timeStyleText.replacingOccurrences(of: "\u{00A0}", with: " ") {
            case "13 h 30": timeStyle = .spaced
            case "13h30": timeStyle = .compact
            default:
                r.requireCondition("timeStyle", "« \(timeStyleText) » n'est pas un style d'heure possible.",
                                   hint: "Écrivez « timeStyle: \"13 h 30\" » ou « timeStyle: \"13h30\" ».")
            }
        }
        // The same rule as `--base-url`: every absolute URL and feed id of the site is built from this address.
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            r.requireCondition("baseUrl", problem, hint: BaseURL.hint)
        } else if let baseURL, baseURL.hasPrefix("http://") {
            r.context.log.warning(r.location(of: "baseUrl"), "L'adresse du site « \(baseURL) » n'est pas sécurisée (http).",
                                  hint: "Si l'hébergeur le permet, écrivez https:// à la place de http://.")
        }
        if let language, language != "fr" {
            r.requireCondition("language", "Seul le français (« fr ») est pris en charge pour l'instant.", hint: "Écrivez « language: fr ».")
        }
        if let closingSoonDays, !(1...365).contains(closingSoonDays) {
            r.requireCondition("closingSoonDays", "« closingSoonDays » doit être compris entre 1 et 365.", hint: "La valeur habituelle est 30.")
        }
        guard let title, let baseURL, let publisher, let description else { return nil }
        self.init(title: title, baseURL: baseURL, language: "fr", publisher: publisher, description: description,
                  navigation: navigation, themes: taxonomies?.themes ?? [],
                  accessibility: accessibility ?? Accessibility(status: .nonConforme, auditDate: nil),
                  allowRawHtml: allowRawHtml ?? false, closingSoonDays: closingSoonDays ?? 30, timeStyle: timeStyle, path: path)
    }
}

/// `taxonomies: { themes: [...] }`, only while reading.
struct Taxonomies: YAMLMapping {
    var themes: [SiteConfig.Theme]
    init?(reading r: MappingReader) {
        themes = r.list("themes")
    }
}

extension SiteConfig.NavigationItem: YAMLMapping {
    init?(reading r: MappingReader) {
        let label: String? = r.read("label")
        let path: ContentURL? = r.read("path")
        if let path, path.kind != .sitePath, path.kind != .web {
            r.requireCondition("path", "Un lien de navigation doit mener à une page du site (/aides/) ou à une adresse https://.",
                               hint: "Écrivez par exemple « path: /aides/ ».")
        }
        guard let label, let path else { return nil }
        self.init(label: label, path: path.value, location: r.location(of: "path"))
    }
}

extension SiteConfig.Theme: YAMLMapping {
    init?(reading r: MappingReader) {
        let id: String? = r.read("id")
        let label: String? = r.read("label")
        if let id, !Identifier.isValid(id) {
            r.requireCondition("id", "« \(id) » n'est pas un identifiant de thème valide.",
                               hint: "Utilisez des minuscules sans accent, des chiffres et des tirets : « \(Identifier.suggestion(for: id)) ».")
        }
        guard let id, let label else { return nil }
        self.init(id: id, label: label, location: r.location(of: "id"))
    }
}

extension SiteConfig.Accessibility: YAMLMapping {
    init?(reading r: MappingReader) {
        let status: Status? = r.read("status")
        let auditDate: CalendarDate? = r.read("auditDate")
        if let status, status != .nonConforme, auditDate == nil {
            r.requireCondition("status", "Un statut « \(status.rawValue) » suppose un audit : sa date manque.",
                               hint: "Ajoutez « auditDate: AAAA-MM-JJ », ou gardez « status: nonConforme » tant qu'aucun audit n'a eu lieu.")
        }
        guard let status else { return nil }
        self.init(status: status, auditDate: auditDate)
    }
}

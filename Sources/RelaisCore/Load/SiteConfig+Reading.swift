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
        let logo: Logo? = r.read("logo")
        let favicon: ContentURL? = r.read("favicon")
        let colours: Colours? = r.read("colours")
        if let favicon {
            Self.checkMediaFile(favicon, key: "favicon", extensions: ["svg", "png", "ico"], in: r)
        }

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
                  allowRawHtml: allowRawHtml ?? false, closingSoonDays: closingSoonDays ?? 30, timeStyle: timeStyle,
                  logo: logo, favicon: favicon, palette: colours?.palette ?? ThemePalette(), path: path)
    }

    /// The logo and the favicon are files of `media/` the browser shows: a site path under /media/ of a known type.
    static func checkMediaFile(_ url: ContentURL, key: String, extensions: [String], in r: MappingReader) {
        let lowered = url.value.lowercased()
        guard url.kind == .sitePath, lowered.hasPrefix("/media/"), extensions.contains(where: { lowered.hasSuffix("." + $0) }) else {
            r.requireCondition(key, "« \(r.path(key)) » doit être une image du dossier media/ (\(extensions.joined(separator: ", "))) : « \(url.value) » n'en est pas une.",
                               hint: "Rangez l'image dans Content/media/ et écrivez par exemple « /media/logo.\(extensions[0]) ».")
            return
        }
    }
}

extension SiteConfig.Logo: YAMLMapping {
    init?(reading r: MappingReader) {
        let src: ContentURL? = r.read("src")
        let alt = r.read("alt") as String?
        if let src { SiteConfig.checkMediaFile(src, key: "src", extensions: ["svg", "png"], in: r) }
        guard let src, let alt else { return nil }
        self.init(src: src, alt: alt)
    }
}

/// `colours:`: the brand colours in each mode. A pair of the theme's colours under its WCAG minimum contrast is an
/// error, at the colour that makes it so.
extension SiteConfig.Colours: YAMLMapping {
    struct Scheme: YAMLMapping {
        var brand: HexColour?
        var accent: HexColour?
        init?(reading r: MappingReader) {
            brand = Self.colour("brand", in: r)
            accent = Self.colour("accent", in: r)
        }

        static func colour(_ key: String, in r: MappingReader) -> HexColour? {
            // Found by hostile testing: `brand: #0f5c4c` without quotes is a key and a comment; the site took the
            // default colours without a word.
            if r.isWrittenEmpty(key) {
                r.requireCondition(key, "« \(r.path(key)) » n'a pas de valeur : sans guillemets, « # » et ce qui le suit sont lus comme un commentaire.",
                                   hint: "Mettez la couleur entre guillemets, par exemple « \(key): \"#1d3a6e\" », ou retirez la ligne pour garder la couleur par défaut.")
                return nil
            }
            guard let text: String = r.read(key) else { return nil }
            guard let colour = HexColour(text) else {
                r.requireCondition(key, "« \(text) » n'est pas une couleur : « \(r.path(key)) » s'écrit « # » suivi de 6 (ou 3) chiffres hexadécimaux, sans transparence.",
                                   hint: "Écrivez par exemple « \(key): \"#1d3a6e\" » (entre guillemets : # commence un commentaire en YAML).")
                return nil
            }
            return colour
        }
    }

    init?(reading r: MappingReader) {
        let light: Scheme? = r.read("light")
        let dark: Scheme? = r.read("dark")
        palette = ThemePalette(lightBrand: light?.brand, lightAccent: light?.accent, darkBrand: dark?.brand, darkAccent: dark?.accent)
        for problem in palette.problems() {
            let mode = problem.mode.rawValue
            // Reported at the site's colour that breaks the pair; a default pair cannot fail (ThemeContrastTests).
            let key = [problem.pair.foreground, problem.pair.background].contains(.accent) ? "accent" : "brand"
            let hint = problem.pair.background == .brand || problem.pair.foreground == .headerInk
                ? "Choisissez pour « colours.\(mode).\(key) » une couleur plus foncée en mode clair, plus claire en mode sombre : le texte posé dessus doit rester lisible."
                : "Choisissez pour « colours.\(mode).\(key) » une couleur plus contrastée avec le fond (plus foncée en mode clair, plus claire en mode sombre)."
            if let scheme = r.valueNode(mode), let inner = MappingReader(scheme, field: r.path(mode), in: r.context) {
                inner.requireCondition(key, problem.message, hint: hint)
            } else {
                r.requireCondition(mode, problem.message, hint: hint)
            }
        }
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

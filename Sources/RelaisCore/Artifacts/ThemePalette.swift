/// The theme's colours in light and dark mode: Relais's defaults, with the site's brand colours (`site.yaml`
/// `colours`) put in. Every pair of colours the stylesheet shows together is listed in `pairs` and checked for
/// contrast (WCAG 2.1 AA: 4.5:1 for text, 3:1 for the focus outline); the stylesheet's custom properties are
/// written from here, before `assets/relais.css`.
struct ThemePalette: Sendable, Hashable, Encodable {
    enum Mode: String, Sendable, CaseIterable, Encodable {
        case light, dark
        /// "mode clair"
        var label: String { self == .light ? "mode clair" : "mode sombre" }
    }

    /// A colour role: the custom property `--<rawValue>`.
    enum Role: String, Sendable, CaseIterable, Encodable, Comparable {
        case ink, muted, paper, wash, line, brand, brandStrong = "brand-strong", onBrand = "on-brand"
        case headerBackground = "header-bg", headerInk = "header-ink", accent, mark, markInk = "mark-ink"
        case openInk = "open-ink", openWash = "open-wash", soonInk = "soon-ink", soonWash = "soon-wash"
        case closedInk = "closed-ink", closedWash = "closed-wash", upcomingInk = "upcoming-ink", upcomingWash = "upcoming-wash"

        static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }

        /// How a message names it.
        var label: String {
            switch self {
            case .ink: "le texte"
            case .muted: "le texte secondaire"
            case .paper: "le fond de page"
            case .wash: "le fond des encadrés"
            case .line: "les filets"
            case .brand: "la couleur de marque (liens, boutons)"
            case .brandStrong: "les titres"
            case .onBrand: "le texte des boutons"
            case .headerBackground: "le fond de l’en-tête"
            case .headerInk: "le texte de l’en-tête"
            case .accent: "le contour du focus"
            case .mark: "le surlignage des mots trouvés"
            case .markInk: "le texte surligné"
            case .openInk, .soonInk, .closedInk, .upcomingInk: "le texte d’un statut"
            case .openWash, .soonWash, .closedWash, .upcomingWash: "le fond d’un statut"
            }
        }
    }

    /// Two roles the stylesheet shows one on the other, and the contrast they need.
    struct Pair: Sendable, Hashable {
        let foreground: Role
        let background: Role
        let minimum: Double
    }

    /// Every pair of colours `assets/relais.css` shows together (text on its backgrounds, the focus outline on
    /// the page). A new colour use in the stylesheet adds its pair here (ThemeContrastTests checks the list
    /// against the stylesheet).
    static let pairs: [Pair] = {
        var pairs: [Pair] = []
        for text in [Role.ink, .muted, .brand, .brandStrong] {
            for background in [Role.paper, .wash] { pairs.append(Pair(foreground: text, background: background, minimum: 4.5)) }
        }
        pairs += [
            Pair(foreground: .headerInk, background: .headerBackground, minimum: 4.5),
            Pair(foreground: .onBrand, background: .brand, minimum: 4.5),
            Pair(foreground: .markInk, background: .mark, minimum: 4.5),
            Pair(foreground: .openInk, background: .openWash, minimum: 4.5),
            Pair(foreground: .soonInk, background: .soonWash, minimum: 4.5),
            Pair(foreground: .closedInk, background: .closedWash, minimum: 4.5),
            Pair(foreground: .upcomingInk, background: .upcomingWash, minimum: 4.5),
            // Non-text: the focus outline against the page (WCAG 1.4.11); the header's focus outline is its ink.
            Pair(foreground: .accent, background: .paper, minimum: 3),
            Pair(foreground: .accent, background: .wash, minimum: 3),
        ]
        return pairs
    }()

    static let defaults: [Mode: [Role: HexColour]] = {
        func palette(_ values: [Role: String]) -> [Role: HexColour] { values.compactMapValues(HexColour.init) }
        return [
            .light: palette([
                .ink: "#1a1a1a", .muted: "#4a4a4a", .paper: "#ffffff", .wash: "#f4f5f8", .line: "#c9ccd4",
                .brand: "#1d3a6e", .brandStrong: "#12264a", .onBrand: "#ffffff", .headerBackground: "#1d3a6e", .headerInk: "#ffffff",
                .accent: "#b3410e", .mark: "#fff1a8", .markInk: "#1a1a1a",
                .openInk: "#1b5e20", .openWash: "#e8f5e9", .soonInk: "#7a3b00", .soonWash: "#fff1dc",
                .closedInk: "#3d3d3d", .closedWash: "#ececec", .upcomingInk: "#0b3f8c", .upcomingWash: "#e3eefc",
            ]),
            .dark: palette([
                .ink: "#e8eaed", .muted: "#b4b9c2", .paper: "#14171c", .wash: "#1e232b", .line: "#454c57",
                .brand: "#9ec2ff", .brandStrong: "#c7dbff", .onBrand: "#0d1420", .headerBackground: "#0d1420", .headerInk: "#ffffff",
                .accent: "#ffb38a", .mark: "#5c4d00", .markInk: "#ffffff",
                .openInk: "#a5d6a7", .openWash: "#173020", .soonInk: "#ffcc80", .soonWash: "#3a2606",
                .closedInk: "#d0d0d0", .closedWash: "#2b2b2b", .upcomingInk: "#a9c8ff", .upcomingWash: "#152a4a",
            ]),
        ]
    }()

    let light: [Role: HexColour]
    let dark: [Role: HexColour]

    /// The defaults with the site's brand and accent colours; in light mode the header takes the brand colour.
    init(lightBrand: HexColour? = nil, lightAccent: HexColour? = nil, darkBrand: HexColour? = nil, darkAccent: HexColour? = nil) {
        var light = Self.defaults[.light] ?? [:]
        var dark = Self.defaults[.dark] ?? [:]
        if let lightBrand { (light[.brand], light[.brandStrong], light[.headerBackground]) = (lightBrand, lightBrand, lightBrand) }
        if let lightAccent { light[.accent] = lightAccent }
        if let darkBrand { (dark[.brand], dark[.brandStrong]) = (darkBrand, darkBrand) }
        if let darkAccent { dark[.accent] = darkAccent }
        (self.light, self.dark) = (light, dark)
    }

    func colours(_ mode: Mode) -> [Role: HexColour] { mode == .light ? light : dark }

    // Sorted: the record's fingerprint must not depend on a dictionary's order.
    enum CodingKeys: String, CodingKey { case light, dark }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(light.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }, forKey: .light)
        try container.encode(dark.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }, forKey: .dark)
    }

    /// A pair under its minimum contrast, in one mode.
    struct Problem: Sendable, Hashable {
        let mode: Mode
        let pair: Pair
        let foreground: HexColour
        let background: HexColour
        let ratio: Double

        /// "En mode clair, le contraste entre la couleur de marque (liens, boutons) « #7fa7e0 » et le fond de page
        /// « #ffffff » n'est que de 2,46:1 ; il faut au moins 4,5:1 pour du texte."
        var message: String {
            let minimum = pair.minimum == 4.5 ? "4,5:1 pour du texte" : "3:1 pour un élément d’interface"
            return "En \(mode.label), le contraste entre \(pair.foreground.label) « \(foreground) » et \(pair.background.label) « \(background) » "
                + "n'est que de \(HexColour.ratioText(ratio)) ; il faut au moins \(minimum)."
        }
    }

    func problems() -> [Problem] {
        Mode.allCases.flatMap { mode in
            let colours = colours(mode)
            return Self.pairs.compactMap { pair -> Problem? in
                guard let foreground = colours[pair.foreground], let background = colours[pair.background] else { return nil }
                let ratio = HexColour.contrast(foreground, background)
                return ratio < pair.minimum ? Problem(mode: mode, pair: pair, foreground: foreground, background: background, ratio: ratio) : nil
            }
        }
    }

    /// The custom properties, light then dark, and the names older rules use (`--link`, `--brand-dark`, `--focus`).
    var css: String {
        func block(_ colours: [Role: HexColour]) -> String {
            colours.sorted { $0.key < $1.key }.map { "--\($0.key.rawValue): \($0.value);" }.joined(separator: " ")
                + " --link: var(--brand); --brand-dark: var(--brand-strong); --focus: var(--accent);"
        }
        return """
            /* Colours of the theme (Relais ThemePalette, with the site's colours from site.yaml). */
            :root { \(block(light)) }
            @media (prefers-color-scheme: dark) { :root { \(block(dark)) } }

            """
    }
}

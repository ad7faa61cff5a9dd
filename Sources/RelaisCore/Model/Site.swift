import RelaisFrench

/// `site.yaml`: the site's identity and options.
public struct SiteConfig: Sendable {
    public struct NavigationItem: Sendable, Hashable {
        public var label: String
        public var path: String
        public var location: SourceLocation
    }
    public struct Theme: Sendable, Hashable {
        public var id: String
        public var label: String
        public var location: SourceLocation
    }
    public struct Accessibility: Sendable, Hashable {
        public enum Status: String, YAMLEnum {
            case nonConforme, partiellementConforme, totalementConforme
            public var label: String {
                switch self {
                case .nonConforme: "non conforme"
                case .partiellementConforme: "partiellement conforme"
                case .totalementConforme: "totalement conforme"
                }
            }
        }
        public var status: Status
        public var auditDate: CalendarDate?
    }

    /// `logo: { src: /media/logo.svg, alt: "…" }`: shown in the header beside the title.
    public struct Logo: Sendable, Hashable {
        public var src: ContentURL
        public var alt: String
    }
    /// `colours: { light: { brand, accent }, dark: { brand, accent } }`, each optional: the theme's defaults otherwise.
    public struct Colours: Sendable, Hashable {
        var palette: ThemePalette
    }

    public var title: String
    /// As written; `SiteURLs` adds the final slash.
    public var baseURL: String
    public var language: String
    public var publisher: Reference
    public var description: String
    public var navigation: [NavigationItem]
    public var themes: [Theme]
    public var accessibility: Accessibility
    public var allowRawHtml: Bool
    public var closingSoonDays: Int
    public var timeStyle: TimeStyle
    public var logo: Logo? = nil
    /// `/media/favicon.svg` (SVG, PNG or ICO).
    public var favicon: ContentURL? = nil
    var palette = ThemePalette()
    /// Where `site.yaml` is, for messages about it.
    public var path: String
}

/// How times are written: `13 h 30` (the default) or `13h30` (a `site.yaml` option).
public enum TimeStyle: String, Sendable, CaseIterable {
    /// `13 h 30`, `9 h`: no-break spaces around `h`.
    case spaced = "13 h 30"
    /// `13h30`, `9h`.
    case compact = "13h30"
}

/// The two no-break spaces French typography needs, named so that code never holds invisible literals.
public enum FrenchSpace {
    /// U+202F NARROW NO-BREAK SPACE: before `; ! ? %` and between groups of digits.
    public static let narrow: Character = "\u{202F}"
    /// U+00A0 NO-BREAK SPACE: before `:` and `€`, inside « », around the `h` of times, between phone pairs.
    public static let noBreak: Character = "\u{00A0}"
}

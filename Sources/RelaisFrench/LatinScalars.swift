/// Unicode properties answered from the code point for the scalars French text is mostly made of, checked equal to
/// the properties for every scalar when written: a property lookup for every accented letter cost more than the
/// typography rules and the slip checks that ask.
public enum LatinScalars {
    /// White space: below U+1680 (the first other one) \t…\r, space, U+0085 and U+00A0.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1680 { return (0x09...0x0D).contains(value) || value == 0x20 || value == 0x85 || value == 0xA0 }
        return scalar.properties.isWhitespace
    }

    /// Whether a scalar below U+0250 is a letter (ASCII's, ª µ º, and from U+00C0 all but × and ÷); nil above, where
    /// each caller asks the properties its own way.
    @inlinable
    public static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool? {
        let value = scalar.value
        if value < 0xC0 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0xAA || value == 0xB5 || value == 0xBA }
        if value < 0x250 { return value != 0xD7 && value != 0xF7 }
        return nil
    }
}

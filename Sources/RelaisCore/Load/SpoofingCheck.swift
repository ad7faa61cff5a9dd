/// Invisible characters that make text read as something else: bidirectional overrides and isolates reorder
/// what follows them (`facture\u{202E}fdp.exe`), zero-width characters make two different titles look alike.
/// No French title or name needs them; they are refused in every text read from YAML.
enum SpoofingCheck {
    enum Kind { case bidirectional, zeroWidth }

    /// The first such scalar, with its offset in scalars.
    static func firstSpoofingScalar(in text: String) -> (offset: Int, scalar: Unicode.Scalar, kind: Kind)? {
        // All of them are three bytes starting with 0xE2 (U+2xxx) or 0xEF (U+FEFF): pure ASCII and most accents skip the walk.
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xEF }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                return (offset, scalar, .bidirectional)
            case 0x200D where isBetweenEmoji(scalars, offset):
                // The joiner of emoji sequences (👩‍💻) draws one picture: it hides nothing.
                continue
            case 0x200B...0x200D, 0x2060, 0xFEFF:
                return (offset, scalar, .zeroWidth)
            default:
                continue
            }
        }
        return nil
    }

    /// The first bidirectional control of a Markdown body, with its offset in scalars. Zero-width characters are
    /// left to bodies (joiners and breaks have their uses in running text), not what reorders it.
    static func firstBidirectionalScalar(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        // U+200E–F, U+202A–E and U+2066–9 are 0xE2 then 0x80 0x8E–8F, 0x80 0xAA–AE or 0x81 0xA6–A9; U+061C is 0xD8 0x9C.
        var copy = text
        let suspect = copy.withUTF8 { bytes in
            UnsafeTextCheck.hasSequence(bytes, lead: 0xE2) { second, third in
                (second == 0x80 && ((0x8E...0x8F).contains(third) || (0xAA...0xAE).contains(third))) || (second == 0x81 && (0xA6...0xA9).contains(third))
            } || UnsafeTextCheck.hasSequence(bytes, lead: 0xD8, length: 2) { second, _ in second == 0x9C }
        }
        guard suspect else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return (offset, scalar)
            default: continue
            }
        }
        return nil
    }

    private static func isBetweenEmoji(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        guard offset > 0, offset + 1 < scalars.count else { return false }
        let isPicture = { (scalar: Unicode.Scalar) in !scalar.isASCII && (scalar.properties.isEmoji || scalar.value == 0xFE0F) }
        return isPicture(scalars[offset - 1]) && isPicture(scalars[offset + 1])
    }

    static func message(field: String, offset: Int, scalar: Unicode.Scalar, kind: Kind) -> (String, String) {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
        switch kind {
        case .bidirectional:
            return ("« \(field) » contient un caractère invisible qui change le sens d'affichage du texte (\(code), caractère \(offset + 1)).",
                    "Supprimez-le : il peut faire lire autre chose que ce qui est écrit.")
        case .zeroWidth:
            return ("« \(field) » contient un caractère invisible de largeur nulle (\(code), caractère \(offset + 1)).",
                    "Supprimez-le : deux textes qui se ressemblent à l'œil seraient différents pour la machine.")
        }
    }
}

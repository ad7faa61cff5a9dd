/// Folds the accented Latin letters French text uses to lowercase ASCII: for ids, heading anchors and sort keys.
/// A table of our own rather than Foundation's transliteration, which differs between platforms and ICU versions.
public enum FrenchFolding {
    /// The ASCII spelling of `scalar` if it is a letter of the table, else nil.
    public static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00E0...0x00E5, 0x00C0...0x00C5, 0x0101, 0x0100, 0x0103, 0x0102, 0x0105, 0x0104: "a" // àáâãäå
        case 0x00E7, 0x00C7, 0x0107, 0x0106, 0x010D, 0x010C: "c"                                 // ç
        case 0x00E8...0x00EB, 0x00C8...0x00CB, 0x0113, 0x0112, 0x0117, 0x0116, 0x0119, 0x0118, 0x011B, 0x011A: "e" // èéêë
        case 0x00EC...0x00EF, 0x00CC...0x00CF, 0x012B, 0x012A: "i"                               // ìíîï
        case 0x00F2...0x00F6, 0x00D2...0x00D6, 0x00F8, 0x00D8, 0x014D, 0x014C: "o"               // òóôõö ø
        case 0x00F9...0x00FC, 0x00D9...0x00DC, 0x016B, 0x016A, 0x016F, 0x016E: "u"               // ùúûü
        case 0x00FD, 0x00DD, 0x00FF, 0x0178: "y"                                                 // ý ÿ Ÿ
        case 0x00F1, 0x00D1, 0x0144, 0x0143, 0x0148, 0x0147: "n"                                 // ñ
        case 0x0153, 0x0152: "oe"                                                                // œ Œ
        case 0x00E6, 0x00C6: "ae"                                                                // æ Æ
        case 0x00DF: "ss"                                                                        // ß
        default: nil
        }
    }

    /// Combining diacritical marks (U+0300–U+036F): files saved in NFD spell "é" as "e" + U+0301,
    /// and the mark must vanish rather than split the word.
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value)
    }

    /// Lowercase ASCII letters and digits, accents folded, any other run of characters as one hyphen, no
    /// hyphen at either end: "Échanges et tables rondes" → "echanges-et-tables-rondes". Empty when nothing is left.
    public static func slug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false

        func append(_ byte: UInt8) {
            if pendingHyphen {
                if !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
            }
            bytes.append(byte)
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x61...0x7A, 0x30...0x39: append(UInt8(value))            // a-z, 0-9
            case 0x41...0x5A: append(UInt8(value + 0x20))                  // A-Z
            default:
                if let folded = fold(scalar) {
                    for byte in folded.utf8 { append(byte) }
                } else if !isCombiningMark(scalar) {
                    pendingHyphen = true
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A key that sorts French text the way a reader expects: case and accents ignored, other characters kept.
    /// Built scalar by scalar in UTF-8, as `lowercased()` would lower each scalar, without its intermediate string:
    /// ASCII lowered at once, a letter of the table (either case) folded at once, any other scalar lowered by its own
    /// mapping.
    public static func sortKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        func append(folding scalar: Unicode.Scalar) {
            if let folded = fold(scalar) { key += folded.utf8 } else if !isCombiningMark(scalar) { key += String(scalar).utf8 }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                key.append(UInt8(value) + ((0x41...0x5A).contains(value) ? 0x20 : 0))
            } else if fold(scalar) != nil {
                append(folding: scalar)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(folding: lower) }
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}

/// Heading ids: a slug of the heading's text, prefixed, unique in the document and never a reserved id.
struct HeadingIdentifier {
    private let prefix: String
    private var used: Set<String>
    /// The next suffix to try for a base id, so many duplicates do not rescan from "-2".
    private var nextSuffix: [String: Int] = [:]

    init(prefix: String, reserved: Set<String>, expectedCount: Int = 0) {
        self.prefix = prefix
        self.used = reserved
        used.reserveCapacity(reserved.count + expectedCount)
    }

    /// A fresh id for a heading with this plain text.
    mutating func identifier(for text: String) -> String {
        let base = prefix + Self.slug(text)
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base] ?? 2
        var candidate = base + "-" + String(suffix)
        while used.contains(candidate) {
            suffix += 1
            candidate = base + "-" + String(suffix)
        }
        nextSuffix[base] = suffix + 1
        used.insert(candidate)
        return candidate
    }

    /// Lowercase ASCII letters and digits; accents folded; any other run of characters becomes one
    /// hyphen; no hyphen at either end; "section" when nothing is left.
    static func slug(_ text: String) -> String {
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
            case 0x61...0x7A, 0x30...0x39: // a-z, 0-9
                append(UInt8(value))
            case 0x41...0x5A: // A-Z
                append(UInt8(value + 0x20))
            default:
                if let folded = AccentFolding.fold(scalar) {
                    for byte in folded.utf8 { append(byte) }
                } else if !AccentFolding.isCombiningMark(scalar) {
                    pendingHyphen = true
                }
            }
        }
        return bytes.isEmpty ? "section" : String(decoding: bytes, as: UTF8.self)
    }
}

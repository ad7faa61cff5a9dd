import Foundation

/// A colour written `#1d3a6e` or `#fff` in `site.yaml` or the theme, with its WCAG 2.1 relative luminance.
struct HexColour: Sendable, Hashable, Encodable, CustomStringConvertible {
    let red: Int
    let green: Int
    let blue: Int

    init?(_ text: String) {
        let digits = Array(text.lowercased().utf8.dropFirst())
        guard text.hasPrefix("#"), digits.count == 3 || digits.count == 6,
              let value = Int(String(decoding: digits, as: UTF8.self), radix: 16) else { return nil }
        if digits.count == 3 {
            (red, green, blue) = ((value >> 8 & 15) * 17, (value >> 4 & 15) * 17, (value & 15) * 17)
        } else {
            (red, green, blue) = (value >> 16 & 255, value >> 8 & 255, value & 255)
        }
    }

    /// `#1d3a6e`
    var description: String { "#" + [red, green, blue].map { String(format: "%02x", $0) }.joined() }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// WCAG 2.1, 1.4.3: relative luminance of the sRGB colour.
    var luminance: Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// The contrast ratio of two colours, from 1 to 21.
    static func contrast(_ first: HexColour, _ second: HexColour) -> Double {
        let (a, b) = (first.luminance, second.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// "4,47:1": rounded down, so that a ratio just under the minimum never reads as the minimum.
    static func ratioText(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded(.down))
        return "\(hundredths / 100),\(String(format: "%02d", hundredths % 100)):1"
    }
}

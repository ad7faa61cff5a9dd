import Foundation

/// "1er", "1re", "1ers", "1res" written by authors, shown as the dates Relais formats: `1<sup>er</sup>`.
///
/// Only whole words: not "11er" nor "1erx", and not a word of a URL, a path or an e-mail address (a run of
/// non-blank characters holding `/` or `@`, such as the text of a link to `https://example.org/1er-salon`).
public enum FrenchOrdinals {
    /// The HTML with each such ordinal of its text (never inside a tag, `<code>` or `<pre>`) superscripted, and its
    /// straight quotes paired.
    public static func superscript(inHTML html: String) -> String {
        superscriptOrdinals(inHTML: quotes(inHTML: html))
    }

    /// The HTML with each ordinal of its text (never inside a tag, `<code>` or `<pre>`) superscripted, nothing else
    /// changed: also what the templates apply to an escaped value shown as text content.
    public static func superscriptOrdinals(inHTML html: String) -> String {
        guard html.containsBytes("1er") || html.containsBytes("1re") else { return html }
        let chars = FrenchTypography.scalars(of: html)
        // UTF-8 bytes, encoded here: appending scalar by scalar to a String costs more than the scan itself.
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + 64)
        var index = 0
        var inTag = false
        var codeDepth = 0
        func startsWith(_ text: StaticString, at position: Int) -> Bool {
            text.withUTF8Buffer { expected in
                position + expected.count <= chars.count && expected.indices.allSatisfy { chars[position + $0].value == UInt32(expected[$0]) }
            }
        }
        while index < chars.count {
            let char = chars[index]
            if char == "<" {
                inTag = true
                if startsWith("<code", at: index) || startsWith("<pre", at: index) { codeDepth += 1 }
                if startsWith("</code", at: index) || startsWith("</pre", at: index) { codeDepth = max(0, codeDepth - 1) }
            }
            if !inTag, codeDepth == 0, char == "1", let suffix = ordinalSuffix(at: index, in: chars) {
                out.append(contentsOf: "1<sup>\(suffix)</sup>".utf8)
                index += 1 + suffix.unicodeScalars.count
                continue
            }
            if char == ">" { inTag = false }
            UTF8.encode(char) { out.append($0) }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appended escaped text (`bytes[start...]`, no tag in it) with its ordinals superscripted: the filter the
    /// templates apply to a `{{value}}` written as text content. Bytes without "1e" or "1r" are not decoded.
    public static func superscriptOrdinals(inEscapedText bytes: inout [UInt8], from start: Int) {
        var candidate = false
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "1"), bytes[index + 1] == UInt8(ascii: "e") || bytes[index + 1] == UInt8(ascii: "r") {
                candidate = true
                break
            }
            index += 1
        }
        guard candidate else { return }
        let text = String(decoding: bytes[start...], as: UTF8.self)
        let superscripted = superscriptOrdinals(inHTML: text)
        guard superscripted.utf8.count != text.utf8.count else { return }
        bytes.replaceSubrange(start..., with: superscripted.utf8)
    }

    /// "er", "re", "ers" or "res" when the "1" at `position` starts an ordinal written as a whole word, outside a URL,
    /// a path or an e-mail address.
    static func ordinalSuffix(at position: Int, in chars: [Unicode.Scalar]) -> String? {
        func isWordCharacter(_ position: Int) -> Bool {
            guard position >= 0, position < chars.count else { return false }
            let scalar = chars[position]
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        guard !isWordCharacter(position - 1) else { return nil }
        let suffix = ["ers", "res", "er", "re"].first { suffix in
            let scalars = Array(suffix.unicodeScalars)
            let end = position + 1 + scalars.count
            return end <= chars.count && chars[(position + 1)..<end].elementsEqual(scalars) && !isWordCharacter(end)
        }
        guard let suffix, !isInAddress(position, chars) else { return nil }
        return suffix
    }

    /// Whether the non-blank run around `position` (bounded by blanks and tag brackets) holds `/` or `@`.
    private static func isInAddress(_ position: Int, _ chars: [Unicode.Scalar]) -> Bool {
        func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "<" || scalar == ">" || scalar.properties.isWhitespace
        }
        func isAddressMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "/" || scalar == "@" }
        var index = position - 1
        while index >= 0, !isBoundary(chars[index]) {
            if isAddressMark(chars[index]) { return true }
            index -= 1
        }
        index = position + 1
        while index < chars.count, !isBoundary(chars[index]) {
            if isAddressMark(chars[index]) { return true }
            index += 1
        }
        return false
    }

    /// Straight quotes of the text of rendered Markdown (`&quot;`, outside tags and code) that pair up, as `« »`
    /// with their no-break spaces: in the pages only, the plain text of data files keeps what authors typed.
    static func quotes(inHTML html: String) -> String {
        guard html.containsBytes("&quot;") else { return html }
        var out = ""
        var rest = html[...]
        // Text between tags, outside <code> and <pre>, one run at a time.
        var codeDepth = 0
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            out += codeDepth == 0 ? pairQuotes(String(text)) : String(text)
            let close = rest[open...].firstIndex(of: ">") ?? rest.index(before: rest.endIndex)
            let tag = rest[open...close]
            if tag.hasPrefix("<code") || tag.hasPrefix("<pre") { codeDepth += 1 }
            if tag.hasPrefix("</code") || tag.hasPrefix("</pre") { codeDepth = max(0, codeDepth - 1) }
            out += tag
            rest = rest[rest.index(after: close)...]
        }
        return out + (codeDepth == 0 ? pairQuotes(String(rest)) : String(rest))
    }

    private static func pairQuotes(_ text: String) -> String {
        guard text.containsBytes("&quot;") else { return text }
        let plain = text.replacingOccurrences(of: "&quot;", with: "\"")
        let paired = String(String.UnicodeScalarView(FrenchTypography.pairingQuotes(Array(plain.unicodeScalars))))
        return FrenchTypography.apply(paired).replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension String {
    /// Whether the text holds `needle`, compared as UTF-8 bytes: `contains(_:)` with a string goes through
    /// Foundation's NSString search, which was a quarter of resolving 10,000 aids.
    func containsBytes(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, pattern.count <= haystack.count, let base = haystack.baseAddress else { return pattern.isEmpty }
                var index = 0
                let last = haystack.count - pattern.count
                while index <= last {
                    // memchr finds the next first byte a word at a time, where the loop went byte by byte.
                    guard let found = memchr(base + index, Int32(first), last - index + 1) else { return false }
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    var matched = 1
                    while matched < pattern.count, haystack[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                    index += 1
                }
                return false
            }
        }
    }
}

import Foundation

/// Compact JSON with sorted keys, slashes left as they are and non-ASCII as UTF-8: what `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, byte for byte, in a fraction of its time. Values are written straight
/// into one buffer as they encode themselves (`JSONStream`); each object's members are put in key order when it
/// closes.
struct SortedJSONEncoder {
    func encode(_ value: some Encodable) throws -> [UInt8] {
        try JSONStream.encode(value)
    }
}

/// JSON's text for scalars.
enum JSONText {
    /// Appends a scalar's JSON and says true; false, with nothing appended, for anything else. Decimal and URL are
    /// written as JSONEncoder writes them (a number, a string), not as their own `encode(to:)` would.
    static func appendScalar<Value: Encodable>(_ value: Value, to output: inout [UInt8]) throws -> Bool {
        // Types are compared first (a pointer comparison), so a structure is not cast eight times before it
        // encodes itself. The standard types encode themselves through a single-value container, which comes back
        // here: each must be answered below, never handed back to its own `encode(to:)`.
        let type = ObjectIdentifier(Value.self)
        if type == ObjectIdentifier(String.self), let text = value as? String {
            JSONText.appendString(text, to: &output)
        } else if type == ObjectIdentifier(Bool.self), let flag = value as? Bool {
            output += (flag ? "true" : "false").utf8
        } else if integerTypes.contains(type) {
            output += String(describing: value).utf8
        } else if type == ObjectIdentifier(Decimal.self), let decimal = value as? Decimal {
            output += decimal.description.utf8
        } else if type == ObjectIdentifier(Double.self), let number = value as? Double {
            output += try JSONText.number(number)
        } else if type == ObjectIdentifier(Float.self), let number = value as? Float {
            output += try JSONText.number(Double(number))
        } else if type == ObjectIdentifier(URL.self), let url = value as? URL {
            JSONText.appendString(url.absoluteString, to: &output)
        } else {
            return false
        }
        return true
    }

    private static let integerTypes: Set<ObjectIdentifier> = [
        ObjectIdentifier(Int.self), ObjectIdentifier(Int8.self), ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self),
        ObjectIdentifier(Int64.self), ObjectIdentifier(UInt.self), ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self),
        ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self),
    ]

    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none of them needs escaping: most of 200 MB of text at 10,000 aids.
                if index + 8 <= bytes.count, let base = bytes.baseAddress,
                   !needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                let index = index - 1
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): output += Array(#"\""#.utf8)
                case UInt8(ascii: "\\"): output += Array(#"\\"#.utf8)
                case 0x08: output += Array(#"\b"#.utf8)
                case 0x0C: output += Array(#"\f"#.utf8)
                case 0x0A: output += Array(#"\n"#.utf8)
                case 0x0D: output += Array(#"\r"#.utf8)
                case 0x09: output += Array(#"\t"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is a control character, `"` or `\\`: the classic tests for a byte below a bound
    /// and for a zero byte, on the word and on the word XORed with each quote repeated.
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs
        return below != 0 || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }

    static func string(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        appendString(text, to: &output)
        return output
    }

    static func number(_ value: Double) throws -> [UInt8] {
        guard value.isFinite else { throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Nombre non fini")) }
        // JSONEncoder writes integral doubles without ".0".
        if value == value.rounded(), abs(value) < 1e15 { return Array(String(Int64(value)).utf8) }
        return Array(value.description.utf8)
    }
}

import Foundation

/// Compact JSON with sorted keys, slashes left as they are and non-ASCII as UTF-8: what `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, byte for byte, in a fraction of its time. Values are serialised to
/// bytes as soon as they are encoded; only each object's members wait, to be sorted when it closes.
struct SortedJSONEncoder {
    func encode(_ value: some Encodable) throws -> [UInt8] {
        let slot = JSONSlot()
        try JSONValueEncoder.write(value, into: slot, path: [])
        var output: [UInt8] = []
        slot.serialize(into: &output)
        return output
    }
}

/// Where one value goes: bytes already written, or a container still open.
final class JSONSlot {
    enum Content {
        case empty
        case bytes([UInt8])
        case object(JSONObject)
        case array(JSONArray)
    }
    var content: Content = .empty

    func serialize(into output: inout [UInt8]) {
        switch content {
        case .empty: output += Array("{}".utf8)
        case .bytes(let bytes): output += bytes
        case .object(let object): object.serialize(into: &output)
        case .array(let array): array.serialize(into: &output)
        }
    }
}

final class JSONObject {
    var members: [(key: String, slot: JSONSlot)] = []

    func slot(for key: String) -> JSONSlot {
        let slot = JSONSlot()
        members.append((key, slot))
        return slot
    }

    func serialize(into output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        // Later members of the same key replace earlier ones, as in JSONEncoder.
        var seen: Set<String> = []
        let members = members.reversed().filter { seen.insert($0.key).inserted }.sorted { $0.key < $1.key }
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONText.appendString(member.key, to: &output)
            output.append(UInt8(ascii: ":"))
            member.slot.serialize(into: &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}

final class JSONArray {
    var elements: [JSONSlot] = []

    func append() -> JSONSlot {
        let slot = JSONSlot()
        elements.append(slot)
        return slot
    }

    func serialize(into output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            element.serialize(into: &output)
        }
        output.append(UInt8(ascii: "]"))
    }
}

/// JSON's text for scalars.
enum JSONText {
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
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

import Foundation

/// Compact JSON with sorted keys, slashes left as they are and non-ASCII as UTF-8: what `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, byte for byte, in a fraction of its time. A value that encodes itself
/// in key order is written straight into one buffer (`JSONStream`); any other goes through a tree of slots, whose
/// objects' members are sorted when they close.
struct SortedJSONEncoder {
    func encode(_ value: some Encodable) throws -> [UInt8] {
        if let bytes = try JSONStream.encode(value) { return bytes }
        return try encodeThroughSlots(value)
    }

    /// Each value into its slot, each object's members sorted when it closes: for values that do not encode
    /// themselves in key order, which `JSONStream` cannot write.
    func encodeThroughSlots(_ value: some Encodable) throws -> [UInt8] {
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
        for (index, member) in sortedMembers().enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONText.appendString(member.key, to: &output)
            output.append(UInt8(ascii: ":"))
            member.slot.serialize(into: &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}

extension JSONObject {
    /// The members sorted by key; of members with the same key, the last, as in JSONEncoder. Most objects have
    /// their keys in order already (a type's coding keys, written once each): those are handed back as they are.
    func sortedMembers() -> [(key: String, slot: JSONSlot)] {
        if zip(members, members.dropFirst()).allSatisfy({ $0.key < $1.key }) { return members }
        // Equal keys stay in their order (ties broken by position), so the last of each run is the one kept.
        let order = members.indices.sorted { members[$0].key < members[$1].key || (members[$0].key == members[$1].key && $0 < $1) }
        return order.indices.compactMap { position in
            let member = members[order[position]]
            let replaced = position + 1 < order.count && members[order[position + 1]].key == member.key
            return replaced ? nil : member
        }
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

import Foundation

/// The `Encoder` behind `SortedJSONEncoder`: each value goes into its slot. Coding paths are not tracked (no
/// writer of Relais reads them, and building them costs an array per value).
struct JSONValueEncoder: Encoder {
    let slot: JSONSlot
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Scalars are written at once; anything else encodes itself.
    static func write<Value: Encodable>(_ value: Value, into slot: JSONSlot, path: [any CodingKey]) throws {
        var bytes: [UInt8] = []
        if try appendScalar(value, to: &bytes) {
            slot.content = .bytes(bytes)
        } else {
            try value.encode(to: JSONValueEncoder(slot: slot))
        }
    }

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

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // Asked twice for the same value (a wrapper adding a key), the same object is handed back.
        if case .object(let object) = slot.content { return KeyedEncodingContainer(KeyedJSONContainer(object: object)) }
        let object = JSONObject()
        slot.content = .object(object)
        return KeyedEncodingContainer(KeyedJSONContainer(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let array) = slot.content { return UnkeyedJSONContainer(array: array) }
        let array = JSONArray()
        slot.content = .array(array)
        return UnkeyedJSONContainer(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleJSONContainer(slot: slot)
    }
}

struct KeyedJSONContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONObject
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        object.slot(for: key.stringValue).content = .bytes(Array("null".utf8))
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try JSONValueEncoder.write(value, into: object.slot(for: key.stringValue), path: [])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        JSONValueEncoder(slot: object.slot(for: key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONValueEncoder(slot: object.slot(for: key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        JSONValueEncoder(slot: object.slot(for: "super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONValueEncoder(slot: object.slot(for: key.stringValue))
    }
}

struct UnkeyedJSONContainer: UnkeyedEncodingContainer {
    let array: JSONArray
    var codingPath: [any CodingKey] { [] }
    var count: Int { array.elements.count }

    mutating func encodeNil() throws {
        array.append().content = .bytes(Array("null".utf8))
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try JSONValueEncoder.write(value, into: array.append(), path: [])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        JSONValueEncoder(slot: array.append()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONValueEncoder(slot: array.append()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        JSONValueEncoder(slot: array.append())
    }
}

struct SingleJSONContainer: SingleValueEncodingContainer {
    let slot: JSONSlot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        slot.content = .bytes(Array("null".utf8))
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try JSONValueEncoder.write(value, into: slot, path: [])
    }
}

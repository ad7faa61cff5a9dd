import Foundation

/// An `Encoder` that feeds what a value encodes straight into a `StableHash`, without building JSON: the
/// fingerprint of every record item at each build costs a walk of the item, not a text of it. Every key, every
/// container start and every scalar goes into the hash, each scalar ended by a separator, so two different values
/// of one type never give the same stream.
struct HashingEncoder: Encoder {
    final class Sink {
        var hash = StableHash()
        func add(_ tag: UInt8, _ text: String) {
            hash.combine(CollectionOfOne(tag))
            hash.combine(text)
        }

        /// Numbers and decimals, written as their exact text. Without this, a primitive other than those the
        /// containers name would encode itself through a single-value container again, endlessly.
        func addScalar(_ value: Any) -> Bool {
            switch value {
            case let decimal as Decimal: add(UInt8(ascii: "d"), decimal.description)
            case let number as any BinaryInteger: add(UInt8(ascii: "i"), "\(number)")
            case let number as Double: add(UInt8(ascii: "f"), "\(number)")
            case let number as Float: add(UInt8(ascii: "f"), "\(number)")
            default: return false
            }
            return true
        }
    }

    let sink: Sink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    /// The fingerprint of a value, as hexadecimal.
    static func fingerprint(of value: some Encodable) -> String {
        let sink = Sink()
        do {
            try value.encode(to: HashingEncoder(sink: sink))
        } catch {
            // Encoding the record cannot fail (no floating point); an item that did would never match: remade.
            return "?"
        }
        return sink.hash.hex
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.add(UInt8(ascii: "{"), "")
        return KeyedEncodingContainer(Keyed<Key>(sink: sink, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.add(UInt8(ascii: "["), "")
        return Unkeyed(sink: sink, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink, codingPath: codingPath) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { sink.add(UInt8(ascii: "k"), key.stringValue); sink.add(UInt8(ascii: "0"), "") }
        mutating func encode(_ value: String, forKey key: Key) throws { sink.add(UInt8(ascii: "k"), key.stringValue); sink.add(UInt8(ascii: "s"), value) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { sink.add(UInt8(ascii: "k"), key.stringValue); sink.add(UInt8(ascii: "b"), value ? "1" : "0") }
        mutating func encode(_ value: Int, forKey key: Key) throws { sink.add(UInt8(ascii: "k"), key.stringValue); sink.add(UInt8(ascii: "i"), String(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            guard !sink.addScalar(value) else { return }
            try value.encode(to: HashingEncoder(sink: sink, codingPath: codingPath + [key]))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            return HashingEncoder(sink: sink, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            return HashingEncoder(sink: sink, codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            return HashingEncoder(sink: sink, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey]
        var count = 0

        mutating func encodeNil() throws { count += 1; sink.add(UInt8(ascii: "0"), "") }
        mutating func encode(_ value: String) throws { count += 1; sink.add(UInt8(ascii: "s"), value) }
        mutating func encode(_ value: Bool) throws { count += 1; sink.add(UInt8(ascii: "b"), value ? "1" : "0") }
        mutating func encode(_ value: Int) throws { count += 1; sink.add(UInt8(ascii: "i"), String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            sink.add(UInt8(ascii: ","), "")
            guard !sink.addScalar(value) else { return }
            try value.encode(to: HashingEncoder(sink: sink, codingPath: codingPath))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return HashingEncoder(sink: sink, codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            return HashingEncoder(sink: sink, codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink, codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { sink.add(UInt8(ascii: "0"), "") }
        mutating func encode(_ value: String) throws { sink.add(UInt8(ascii: "s"), value) }
        mutating func encode(_ value: Bool) throws { sink.add(UInt8(ascii: "b"), value ? "1" : "0") }
        mutating func encode(_ value: Int) throws { sink.add(UInt8(ascii: "i"), String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            guard !sink.addScalar(value) else { return }
            try value.encode(to: HashingEncoder(sink: sink, codingPath: codingPath))
        }
    }
}

import Foundation

/// An `Encoder` that feeds what a value encodes straight into a `StableHash`, without building JSON: the
/// fingerprint of every record item at each build costs a walk of the item, not a text of it. Every key, every
/// container start and every scalar goes into the hash, each scalar ended by a separator, so two different values
/// of one type never give the same stream.
struct HashingEncoder: Encoder {
    final class Sink {
        /// Mixed eight bytes at a time: a record holds megabytes of HTML, which FNV byte by byte took a fifth of
        /// the fingerprints' time over. Each step is a bijection of the state for a given word and of the word for a
        /// given state, so a value that differs in one word never gives the same hash.
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325

        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }

        private func mix(_ word: UInt64) {
            value ^= word
            // An odd multiplier and a xorshift: each a bijection, so the step is one.
            value = value &* 0x0000_0100_0000_01b3
            value ^= value >> 29
        }

        /// A tag, then the text's bytes, then its length: two different (tag, text) streams never read the same.
        func add(_ tag: UInt8, _ text: String) {
            mix(UInt64(tag))
            var text = text
            text.withUTF8 { utf8 in
                let raw = UnsafeRawBufferPointer(utf8)
                var offset = 0
                while raw.count - offset >= 8 {
                    mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                }
                var tail: UInt64 = 0
                for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
                mix(tail)
                mix(UInt64(raw.count))
            }
        }

        /// Numbers and decimals, written as their exact text. Without this, a primitive other than those the
        /// containers name would encode itself through a single-value container again, endlessly. Types are
        /// compared first: a dynamic cast of every nested value of the record was a tenth of the fingerprints' time.
        func addScalar<T>(_ value: T) -> Bool {
            if T.self == Decimal.self, let decimal = value as? Decimal {
                add(UInt8(ascii: "d"), decimal.description)
            } else if T.self == Double.self || T.self == Float.self {
                add(UInt8(ascii: "f"), "\(value)")
            } else if Self.integerTypes.contains(where: { $0 == T.self }) {
                add(UInt8(ascii: "i"), "\(value)")
            } else {
                return false
            }
            return true
        }

        private static let integerTypes: [Any.Type] = [Int.self, Int8.self, Int16.self, Int32.self, Int64.self,
                                                        UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self]
    }

    let sink: Sink
    /// Always empty: nothing in the record reads it, and growing it at every key was an allocation per value.
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
        return sink.hex
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
            try value.encode(to: HashingEncoder(sink: sink, codingPath: codingPath))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            return HashingEncoder(sink: sink, codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            return HashingEncoder(sink: sink, codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            sink.add(UInt8(ascii: "k"), key.stringValue)
            return HashingEncoder(sink: sink, codingPath: codingPath)
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

import Foundation

/// What `SortedJSONEncoder` writes with: each value goes into one buffer as it is encoded, with no tree of values
/// and no array per scalar. An object whose keys did not come in order (most of Relais's types encode in the order
/// of their fields) has its members' bytes put in key order when it closes. Containers must be written depth
/// first: one written after its parent moved on, or a `superEncoder`, which no type of Relais uses, is refused
/// with an error rather than written wrong.
final class JSONStream {
    // Unchecked exclusivity: a stream is written by one thread, one value at a time, and never hands out its
    // storage while writing it. Checked, each access to these three went through a thread-local set (`perf`: a
    // sixth of the stream's time).
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    /// The containers still open, innermost last.
    @exclusivity(unchecked) private var open: [Container] = []
    /// The members of the open objects, each object's after its parent's: its key and where it starts in `bytes`.
    @exclusivity(unchecked) private var members: [(key: String, start: Int)] = []
    private var nextId = 0
    /// Set at the first container written out of order; the value is then refused.
    private(set) var failed = false

    private struct Container {
        let id: Int
        let isObject: Bool
        /// Where the value holding it starts (its `{` or `[`), also to hand the same container back when asked twice.
        let valueStart: Int
        /// Where its members begin in `members`.
        let firstMember: Int
        var lastKey: String?
        var inOrder = true
        var count = 0
    }

    struct OutOfOrder: Error {}

    /// The value's JSON; an error when it was not written depth first.
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let stream = JSONStream()
        do {
            try stream.write(value, depth: 0)
            guard !stream.failed else { throw OutOfOrder() }
        } catch is OutOfOrder {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription:
                "Un conteneur a été écrit après que son parent est passé à la suite, ou par superEncoder : l'encodeur JSON de Relais ne l'écrit pas."))
        }
        return stream.bytes
    }

    /// Writes a value whose containers, if any, open at `depth`, then closes them.
    func write<Value: Encodable>(_ value: Value, depth: Int) throws {
        guard !failed else { throw OutOfOrder() }
        if try JSONText.appendScalar(value, to: &bytes) { return }
        let start = bytes.count
        try value.encode(to: StreamingJSONEncoder(stream: self, depth: depth, valueStart: start))
        guard !failed else { throw OutOfOrder() }
        close(from: depth)
        // A value that wrote nothing is an empty object, as JSONEncoder writes it.
        if bytes.count == start { bytes += Array("{}".utf8) }
    }

    func fail() -> OutOfOrder {
        failed = true
        return OutOfOrder()
    }

    /// Closes every container at `depth` and deeper.
    private func close(from depth: Int) {
        while open.count > depth {
            let container = open.removeLast()
            guard container.isObject else {
                bytes.append(UInt8(ascii: "]"))
                continue
            }
            if !container.inOrder { sortMembers(of: container) }
            members.removeSubrange(container.firstMember...)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Puts an object's members in key order, in place; of members with the same key, the last is kept, as
    /// JSONEncoder keeps it. Its members' own objects are closed, so sorted already.
    private func sortMembers(of container: Container) {
        let written = members[container.firstMember...]
        let starts = written.map(\.start)
        func range(_ index: Int) -> Range<Int> {
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count)
        }
        let keys = written.map(\.key)
        let order = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        var sorted: [UInt8] = []
        sorted.reserveCapacity(bytes.count - container.valueStart)
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, keys[order[position + 1]] == keys[index] { continue }
            if !sorted.isEmpty { sorted.append(UInt8(ascii: ",")) }
            sorted += bytes[range(index)]
        }
        bytes.replaceSubrange((container.valueStart + 1)..., with: sorted)
    }

    /// Opens a container for the value starting at `valueStart`, whose containers open at `depth`; the same one
    /// when that value asks again. Nil when something else is open there.
    func openContainer(isObject: Bool, depth: Int, valueStart: Int) -> Int? {
        guard !failed else { return nil }
        if open.count > depth {
            let existing = open[depth]
            guard existing.valueStart == valueStart, existing.isObject == isObject else { return nil }
            close(from: depth + 1)
            return existing.id
        }
        guard open.count == depth, bytes.count == valueStart else { return nil }
        nextId += 1
        open.append(Container(id: nextId, isObject: isObject, valueStart: valueStart, firstMember: members.count))
        bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        return nextId
    }

    /// Makes the container `id` at `depth` the innermost one and writes the separator and key of its next member.
    /// Throws when that container was closed already.
    func beginMember(of id: Int, depth: Int, key: String?) throws {
        guard !failed, open.count > depth, open[depth].id == id else { throw fail() }
        close(from: depth + 1)
        if open[depth].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[depth].count += 1
        guard let key else { return }
        if let last = open[depth].lastKey, !(last < key) { open[depth].inOrder = false }
        open[depth].lastKey = key
        members.append((key, bytes.count))
        JSONText.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    func appendNull() { bytes += Array("null".utf8) }

    /// The encoder of a nested container's value: the next member of container `id`.
    func memberEncoder(of id: Int, depth: Int, key: String?) -> StreamingJSONEncoder {
        if (try? beginMember(of: id, depth: depth, key: key)) == nil { _ = fail() }
        return StreamingJSONEncoder(stream: self, depth: depth + 1, valueStart: bytes.count)
    }

    /// What a `superEncoder` gets: the stream gives up, and the value is refused.
    func failedEncoder(depth: Int) -> StreamingJSONEncoder {
        _ = fail()
        return StreamingJSONEncoder(stream: self, depth: depth, valueStart: -1)
    }

    func count(of id: Int, depth: Int) -> Int { open.count > depth && open[depth].id == id ? open[depth].count : 0 }
}

/// The `Encoder` of one value in a `JSONStream`: its containers open at `depth`.
struct StreamingJSONEncoder: Encoder {
    let stream: JSONStream
    let depth: Int
    let valueStart: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let id = stream.openContainer(isObject: true, depth: depth, valueStart: valueStart)
        if id == nil { _ = stream.fail() }
        return KeyedEncodingContainer(StreamingKeyedContainer(stream: stream, id: id ?? -1, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let id = stream.openContainer(isObject: false, depth: depth, valueStart: valueStart)
        if id == nil { _ = stream.fail() }
        return StreamingUnkeyedContainer(stream: stream, id: id ?? -1, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamingSingleContainer(stream: stream, depth: depth, valueStart: valueStart)
    }
}

struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: JSONStream
    let id: Int
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        try stream.beginMember(of: id, depth: depth, key: key.stringValue)
        stream.appendNull()
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try stream.beginMember(of: id, depth: depth, key: key.stringValue)
        try stream.write(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        stream.memberEncoder(of: id, depth: depth, key: key.stringValue).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        stream.memberEncoder(of: id, depth: depth, key: key.stringValue).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { stream.failedEncoder(depth: depth + 1) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { stream.failedEncoder(depth: depth + 1) }
}

struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    let stream: JSONStream
    let id: Int
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { stream.count(of: id, depth: depth) }

    mutating func encodeNil() throws {
        try stream.beginMember(of: id, depth: depth, key: nil)
        stream.appendNull()
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try stream.beginMember(of: id, depth: depth, key: nil)
        try stream.write(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        stream.memberEncoder(of: id, depth: depth, key: nil).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        stream.memberEncoder(of: id, depth: depth, key: nil).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { stream.failedEncoder(depth: depth + 1) }
}

/// A value written as one scalar, or as another value in its place (a wrapper): once, where the value starts.
struct StreamingSingleContainer: SingleValueEncodingContainer {
    let stream: JSONStream
    let depth: Int
    let valueStart: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        guard stream.bytes.count == valueStart else { throw stream.fail() }
        stream.appendNull()
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        guard stream.bytes.count == valueStart else { throw stream.fail() }
        try stream.write(value, depth: depth)
    }
}

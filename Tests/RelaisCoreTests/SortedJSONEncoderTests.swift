import Foundation
@testable import RelaisCore
import Testing

/// Relais's JSON encoder writes what `JSONEncoder` writes with sorted keys and unescaped slashes, byte for byte:
/// on the example site's whole record, on every aid as open data and as schema.org, and on awkward values.
@Suite("Sorted JSON encoder")
struct SortedJSONEncoderTests {
    private func reference(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    private func expectSame(_ value: some Encodable, _ comment: Comment? = nil) throws {
        let ours = try SortedJSONEncoder().encode(value)
        let theirs = try reference(value)
        #expect(ours == theirs, comment ?? "")
        if ours != theirs { print(String(decoding: ours, as: UTF8.self), "\n", String(decoding: theirs, as: UTF8.self)) }
    }

    @Test func theExampleRecordAndEachAidEncodeAsJSONEncoderDoes() async throws {
        let record = try await Repository.exampleRecord()
        try expectSame(record, "record")
        for aid in record.aids {
            try expectSame(OpenDataAid(aid: aid), "\(aid.id)")
            try expectSame(SchemaOrg.GovernmentService(aid), "\(aid.id) JSON-LD")
        }
        for event in record.events {
            try expectSame(SchemaOrg.Event(event, buildDate: record.buildDate, language: "fr"), "\(event.id) JSON-LD")
        }
    }

    struct KeysOutOfOrder: Encodable {
        enum CodingKeys: String, CodingKey { case zebra, alpha }
        var zebra = 1, alpha = [2]
    }

    struct RepeatedKey: Encodable {
        enum CodingKeys: String, CodingKey { case key }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("premier", forKey: .key)
            try container.encode("second", forKey: .key)
        }
    }

    /// A nested container written after its parent has moved on to the next key.
    struct NestedWrittenLate: Encodable {
        enum CodingKeys: String, CodingKey { case a, b, inner }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            var nested = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .a)
            try container.encode(1, forKey: .b)
            try nested.encode(2, forKey: .inner)
        }
    }

    /// Two containers asked of the same encoder, keys rising across both: one object.
    struct AskedTwice: Encodable {
        enum CodingKeys: String, CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var first = encoder.container(keyedBy: CodingKeys.self)
            try first.encode(1, forKey: .a)
            var second = encoder.container(keyedBy: CodingKeys.self)
            try second.encode(2, forKey: .b)
        }
    }

    struct AskedTwiceOutOfOrder: Encodable {
        enum CodingKeys: String, CodingKey { case a, b, c }
        func encode(to encoder: any Encoder) throws {
            var first = encoder.container(keyedBy: CodingKeys.self)
            try first.encode(1, forKey: .b)
            try first.encode([3], forKey: .c)
            var second = encoder.container(keyedBy: CodingKeys.self)
            try second.encode(["x": 2], forKey: .a)
            try second.encode(4, forKey: .b)
        }
    }

    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Wrapper: Encodable {
        let inner: [String: Int]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(inner)
        }
    }

    /// No type of Relais writes a container after its parent moved on: such a value is refused, never written wrong.
    @Test func containersWrittenLateAreRefused() {
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode(NestedWrittenLate()) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([NestedWrittenLate()]) }
    }

    @Test func keysOutOfOrderAreSortedInTheStream() throws {
        try expectSame(KeysOutOfOrder())
        try expectSame([KeysOutOfOrder(), KeysOutOfOrder()])
        try expectSame(RepeatedKey())
        try expectSame(["b": 1, "a": 2, "c": 3])
        try expectSame(["b": ["z": [KeysOutOfOrder()], "a": []], "a": ["y": [KeysOutOfOrder()]]])
        try expectSame(["b": [RepeatedKey()], "a": []])
        try expectSame(AskedTwice())
        try expectSame(AskedTwiceOutOfOrder())
    }

    @Test func valuesInOrderStream() throws {
        try expectSame([Nothing(), Nothing()])
        try expectSame(Wrapper(inner: ["seule": 1]))
        try expectSame([[[1], []], [[2, 3]]])
        try expectSame(["un": ["deux": ["trois": [Int?.none, 4]]]])
    }

    struct Awkward: Encodable {
        var text = "guillemets \" barre \\ / retour\r\nnul\u{0}cloche\u{7} tab\t saut\u{8}\u{C} é 😀 \u{2028}"
        var integers: [Int64] = [0, -1, Int64.max, Int64.min]
        var small: [UInt8] = [0, 255]
        var decimals: [Decimal] = [Decimal(string: "1500.50")!, Decimal(string: "-0.001")!, 0, Decimal(string: "12345678901234567890")!]
        var doubles: [Double] = [0, 1.5, -2, 10000, 0.1, 1e20, 3.141592653589793]
        var flags = [true, false]
        var missing: String? = nil
        var present: String? = "là"
        var nested: [String: [String: Int]] = ["b": ["z": 1, "a": 2], "a": [:]]
        var empty: [String] = []
        var url = URL(string: "https://exemple.fr/a?b=c&d=é")!
    }

    @Test func awkwardValuesEncodeAsJSONEncoderDoes() throws {
        try expectSame(Awkward())
        try expectSame(["clé": "valeur"])
        try expectSame([Decimal(string: "0.000001")!])
    }

    /// Strings are scanned eight bytes at a time: every character that needs escaping, and the bytes around the
    /// bounds of the tests (0x1F, 0x20, 0x21, 0x5B, 0x5D, 0x7F, 0x80 and up), at each place of a word and across two.
    @Test func everyEscapeAtEveryPlaceOfAWord() throws {
        let specials: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", " ", "!", "#", "[", "]", "\u{7F}", "é", "’", "😀"]
        for special in specials {
            for length in [1, 7, 8, 9, 15, 16, 17, 24] {
                for place in 0..<length {
                    let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place)
                    #expect(try SortedJSONEncoder().encode([text]) == reference([text]), "\(Array(special.utf8)) at \(place) of \(length)")
                }
            }
        }
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([Double.infinity]) }
    }
}

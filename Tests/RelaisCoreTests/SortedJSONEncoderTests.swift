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

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([Double.nan]) }
    }
}

import Foundation
@testable import RelaisCore
import Testing

/// The cache manifest is written as bytes appended field by field: what it says must read back as it was, whatever
/// a path, a key or a template holds, and its numbers must be the digits `String` writes.
@Suite("Cache manifest lines")
struct ManifestLinesTests {
    @Test func numbersAreWrittenAsStringWritesThem() {
        var values = Array(0...12_345) + [99_999, 100_000, 999_999, 1_000_000, 123_456_789, Int(UInt32.max)]
        values += (1...18).map { Int(pow(10, Double($0))) - 1 } + (1...18).map { Int(pow(10, Double($0))) }
        for value in values {
            var bytes: [UInt8] = []
            BuildCache.appendDecimal(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value), "\(value)")
        }
    }

    @Test func everyFieldReadsBackAsWritten() throws {
        let awkward = ["/aides/tab\there/", "/aides/line\nend/", "/aides/back\\slash/", "/aides/é\\t/", ""]
        let inputs = awkward.enumerated().map { BuildCache.Input(key: "aid:\($0.element)\($0.offset)", fingerprint: "f\\\t\($0.offset)") }
            + (0..<1_200).map { BuildCache.Input(key: "aid:aide-\($0)", fingerprint: String($0, radix: 16)) }
        var outputs: [String: BuildCache.OutputEntry] = [:]
        for (index, path) in (awkward + (0..<300).map { "/aides/aide-\($0)/" }).enumerated() {
            outputs[path + "\(index)"] = BuildCache.OutputEntry(template: index % 3 == 0 ? nil : "pages/aid\t\(index)",
                                                               inputs: index % 7 == 0 ? [] : [0, index, index * 3 % inputs.count, inputs.count - 1],
                                                               file: "12-1700000000.\(index)-\(index)")
        }
        let cache = BuildCache(executable: "relais\\x", inputStamp: "stamp\twith tab", siteMarker: "marker\n", siteFingerprint: "site",
                               pageCount: 301, diagnostics: [], inputs: inputs, outputs: outputs,
                               staticFiles: ["assets/a\tb.css": "1-2-3", "media/x.png": "4-5-6"])
        let read = try #require(BuildCache(lines: Data(cache.lines())))
        #expect(read.executable == cache.executable)
        #expect(read.inputStamp == cache.inputStamp)
        #expect(read.siteMarker == cache.siteMarker)
        #expect(read.pageCount == 301)
        #expect(read.inputs == cache.inputs)
        #expect(read.outputs == cache.outputs)
        #expect(read.staticFiles == cache.staticFiles)
    }
}

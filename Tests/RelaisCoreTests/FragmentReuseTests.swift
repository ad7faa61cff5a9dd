import Foundation
@testable import RelaisCore
import Testing

/// The pieces of a large artifact are copied from the published file when their item did not change, and made
/// again otherwise, or whenever the index does not describe the published file exactly.
@Suite("Reused pieces of large artifacts")
struct FragmentReuseTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-fragments-\(UUID().uuidString)").path

    /// Writes `items` as pieces into `file`, through an index at `index`; the keys whose piece was made, not copied.
    func write(_ items: [(String, String)], fingerprints: [String: String], salt: String = "s", file: String, index: String) throws -> [String] {
        let reuse = FragmentReuse(index: index, published: FileManager.default.fileExists(atPath: file) ? file : nil,
                                  salt: salt, fingerprints: fingerprints)
        var madeKeys: [String] = []
        let bytes = ByteSink.collect { sink in
            sink.fragments = reuse
            sink.append("[")
            for (key, text) in items {
                sink.fragment(key) { sink in
                    madeKeys.append(key)
                    sink.append(text)
                }
                sink.append(",")
            }
        }
        // As the write step does: a new file, then its stamp in the index.
        try? FileManager.default.removeItem(atPath: file)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        try FragmentReuse.save(reuse.made, salt: salt, fileStamp: BuildCache.stamp(of: file) ?? "", to: index)
        return madeKeys
    }

    @Test func unchangedItemsAreCopiedAndChangedOnesMade() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/aides.json", index = folder + "/index"
        #expect(try write([("aides:a", "A1"), ("aides:b", "B1")], fingerprints: ["aides:a": "1", "aides:b": "1"], file: file, index: index) == ["aides:a", "aides:b"])
        // b changed: only b is made; a's bytes come from the published file (its new text proves they were not made).
        let made = try write([("aides:a", "A2"), ("aides:b", "B2"), ("aides:c", "C2")],
                             fingerprints: ["aides:a": "1", "aides:b": "2", "aides:c": "1"], file: file, index: index)
        #expect(made == ["aides:b", "aides:c"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "[A1,B2,C2,")
        // Another salt (the build date, the site, the organisations): everything is made.
        #expect(try write([("aides:a", "A3")], fingerprints: ["aides:a": "1"], salt: "autre", file: file, index: index) == ["aides:a"])
    }

    @Test(arguments: ["checksum", "stamp", "truncated"])
    func anIndexThatDoesNotDescribeThePublishedFileIsNotUsed(_ damage: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/aides.csv", index = folder + "/index"
        _ = try write([("aides:a", "A1"), ("aides:b", "B1")], fingerprints: ["aides:a": "1", "aides:b": "1"], file: file, index: index)
        switch damage {
        case "checksum":
            var text = try String(contentsOfFile: index, encoding: .utf8)
            text = text.replacingOccurrences(of: "\t4\t2", with: "\t3\t2")
            try Data(text.utf8).write(to: URL(fileURLWithPath: index))
        case "stamp":
            // The published file edited by hand, same length.
            Thread.sleep(forTimeInterval: 0.01)
            try Data("[X1,Y1,".utf8).write(to: URL(fileURLWithPath: file))
        default:
            let data = try Data(contentsOf: URL(fileURLWithPath: index))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: index))
        }
        let made = try write([("aides:a", "A2"), ("aides:b", "B2")], fingerprints: ["aides:a": "1", "aides:b": "1"], file: file, index: index)
        #expect(made == ["aides:a", "aides:b"], "\(damage)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "[A2,B2,")
    }

    /// An index edited by hand with its checksum made again: a piece past the end of the file, or one asking for
    /// terabytes, is neither read nor allocated; every piece is made again.
    @Test(arguments: [(4, 1 << 40), (1 << 62, 2), (0, Int.max)])
    func anIndexWhosePiecesDoNotFitTheFileIsNotUsed(_ offset: Int, _ length: Int) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/aides.json", index = folder + "/index"
        _ = try write([("aides:a", "A1"), ("aides:b", "B1")], fingerprints: ["aides:a": "1", "aides:b": "1"], file: file, index: index)
        let data = try Data(contentsOf: URL(fileURLWithPath: index))
        let newline = try #require(data.firstIndex(of: UInt8(ascii: "\n")))
        var lines = String(decoding: data[data.index(after: newline)...], as: UTF8.self).components(separatedBy: "\n")
        lines[1] = "aides:a\t1\t\(offset)\t\(length)"
        let body = Array(lines.joined(separator: "\n").utf8)
        try Data(Array((StableHash.of(body) + "\n").utf8) + body).write(to: URL(fileURLWithPath: index))
        let made = try write([("aides:a", "A2"), ("aides:b", "B2")], fingerprints: ["aides:a": "1", "aides:b": "1"], file: file, index: index)
        #expect(made == ["aides:a", "aides:b"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "[A2,B2,")
    }
}

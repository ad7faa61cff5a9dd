import Foundation
import Synchronization

/// Where a build's rendered Markdown lives from validate to the outputs that show it: on disk, not in the record.
/// At 10,000 aids the HTML and plain text of every text are some 136 MB, which the record held from validate to the
/// end of render; each is now read back by its place when a page or data file is made, and let go of with it.
///
/// A text taken from the last build's memo is read in that file: it is only ever appended to or replaced by a
/// rename, never written in place, so the bytes validate checked stay as they were while its descriptor is open. A
/// new text is appended to a temporary file of this build (the spool), deleted as soon as it is made: nothing is
/// left behind, even by a crash, and `relais check` or `--sans-cache` need no memo on disk.
final class RenderedTexts: Sendable {
    enum Place: Sendable { case memo, spool }

    /// The last build's memo, when there is one.
    private let memo: EntryFile?
    let spool = SpoolFile()
    private let failures = Atomic(0)

    init(memo: EntryFile?) {
        self.memo = memo
    }

    /// How many texts could not be read back: their outputs are wrong, and the build must not be published.
    var failedReads: Int { failures.load(ordering: .relaxed) }

    /// The start of a text: at most `count` bytes at `offset`, cut back to its last whole scalar.
    func head(_ place: Place, at offset: Int, count: Int) -> String {
        guard let bytes = read(place, memo: { $0.bytes(at: offset, count: count) }, spool: { $0.bytes(at: offset, count: count) }) else { return "" }
        return String(decoding: bytes[..<Self.wholeScalars(bytes)], as: UTF8.self)
    }

    /// What `memo` or `spool` reads at `place`; nil, counted as a failure, when it cannot.
    private func read<Value>(_ place: Place, memo read: (EntryFile) -> Value?, spool readSpool: (SpoolFile) -> Value?) -> Value? {
        let value = switch place {
        case .memo: memo.flatMap(read)
        case .spool: readSpool(spool)
        }
        if value == nil { failures.add(1, ordering: .relaxed) }
        return value
    }

    /// How many of `bytes`, UTF-8 cut anywhere, make whole scalars.
    static func wholeScalars(_ bytes: [UInt8]) -> Int {
        var start = bytes.count
        // Back over at most three continuation bytes to the lead byte of the last scalar.
        while start > 0, bytes.count - start < 4, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
        guard start > 0 else { return bytes.count }
        let lead = bytes[start - 1]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        return start - 1 + length <= bytes.count ? bytes.count : start - 1
    }

    /// `count` bytes of UTF-8 at `offset` of `place`; an empty text, counted as a failure, when they cannot be read.
    func string(_ place: Place, at offset: Int, count: Int) -> String {
        read(place, memo: { $0.string(at: offset, count: count) }, spool: { $0.string(at: offset, count: count) }) ?? ""
    }
}

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

    /// `count` bytes of UTF-8 at `offset` of `place`; an empty text, counted as a failure, when they cannot be read.
    func string(_ place: Place, at offset: Int, count: Int) -> String {
        let read = switch place {
        case .memo: memo?.string(at: offset, count: count)
        case .spool: spool.string(at: offset, count: count)
        }
        guard let text = read else {
            failures.add(1, ordering: .relaxed)
            return ""
        }
        return text
    }
}

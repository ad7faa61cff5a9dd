import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SiteWriter {
    /// Writes an artifact as its writer makes it, comparing it piece by piece with the published file; when every
    /// byte is the same, the published file is hard-linked in its place, as for pages.
    func write(streaming make: (inout ByteSink) -> Void, toSitePath path: String) throws -> Outcome {
        let relative = SiteURLs.outputFile(for: path)
        let file = "\(root)/\(relative)"
        let published = previous.map { "\($0)/\(relative)" }
        let descriptor = try Self.createNew(file, relative)
        let comparison = PublishedComparison(path: published)
        var failure: Error?
        var sink = ByteSink { piece in
            guard failure == nil else { return }
            comparison.compare(piece)
            do { try Self.writeAll(piece[...], to: descriptor, relative) } catch { failure = error }
        }
        make(&sink)
        sink.flush()
        close(descriptor)
        if let failure { throw failure }
        // Linked under a temporary name, then renamed over the new file: the new file stays if linking fails.
        if let published, comparison.matchesWhole() {
            let linked = file + ".relais-link"
            if link(published, linked) == 0 {
                if rename(linked, file) == 0 { return .kept }
                unlink(linked)
            }
        }
        return .written
    }
}

/// Reads the published file along with the new one, as long as they agree.
private final class PublishedComparison {
    private var descriptor: Int32 = -1
    private(set) var identical: Bool

    init(path: String?) {
        var status = stat()
        if let path, lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        }
        identical = descriptor >= 0
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func compare(_ piece: [UInt8]) {
        guard identical else { return }
        var published = [UInt8](repeating: 0, count: piece.count)
        identical = readFully(&published) == piece.count && published == piece
    }

    /// Whether everything so far matched and the published file has nothing more.
    func matchesWhole() -> Bool {
        guard identical else { return false }
        var extra = [UInt8](repeating: 0, count: 1)
        return readFully(&extra) == 0
    }

    private func readFully(_ buffer: inout [UInt8]) -> Int {
        let wanted = buffer.count
        return buffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return 0 }
            var total = 0
            while total < wanted {
                let count = read(descriptor, base + total, wanted - total)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                total += count
            }
            return total
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cache file whose first line is the checksum of the rest (the manifest, the pieces' indexes), written
/// through a temporary file and a rename: a build killed while writing leaves the previous file.
enum ChecksummedFile {
    /// Writes `body` under its checksum line. One temporary name per process, so that builds run at once never
    /// write into the same file, created anew (`O_EXCL`): never written through a link left at that name, which
    /// would lead outside the cache. The two parts go out in turn, not joined into a copy of the whole body.
    static func write(_ body: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        let descriptor = try SiteWriter.createNew(temporary, temporary)
        do {
            defer { close(descriptor) }
            try SiteWriter.writeAll(Array((StableHash.of(body) + "\n").utf8)[...], to: descriptor, temporary)
            try SiteWriter.writeAll(body[...], to: descriptor, temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }
}

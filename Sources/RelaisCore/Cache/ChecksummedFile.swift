import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the cache's files are written: through a temporary file and a rename, so that a build killed while writing
/// leaves the previous file. Those whose first line is the checksum of the rest (the manifest, the pieces' indexes)
/// are written by `write(_:to:)`.
enum ChecksummedFile {
    /// Writes `body` under its checksum line. The two parts go out in turn, not joined into a copy of the body.
    static func write(_ body: [UInt8], to path: String) throws {
        try replace(path) { descriptor, temporary in
            try SiteWriter.writeAll(Array((StableHash.of(body) + "\n").utf8)[...], to: descriptor, temporary)
            try SiteWriter.writeAll(body[...], to: descriptor, temporary)
        }
    }

    /// Makes `path` anew from what `write` puts into a temporary file (its descriptor and path), then renames it.
    /// One temporary name per process: builds run at once never write into the same file. Created anew (`O_EXCL`,
    /// `O_NOFOLLOW`): a link left at that name would be written through, into a file outside the cache.
    static func replace(_ path: String, writing write: (Int32, String) throws -> Void) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary]) }
        do {
            defer { close(descriptor) }
            try write(descriptor, temporary)
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

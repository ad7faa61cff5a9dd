import Foundation
import RelaisFrench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files into the staging folder, never into the published site. A file whose bytes are those of the
/// published one is hard-linked from it instead, so it keeps its mtime and a deployment by rsync or to object
/// storage sends only what changed. Each folder is made once, by the first file written in it (its failed open, then
/// `mkdir`, then the open again); every other new file is one open, one write, one close.
struct SiteWriter: Sendable {
    /// The staging folder.
    let root: String
    /// The published site, whose identical files are reused.
    let previous: String?

    enum Outcome: Sendable { case written, kept }

    /// Makes the folders that hold other folders, once each, parents first. A folder that holds only files (the
    /// folder of each page: `aides/x/`) is made by the first of its files to be written (`createNew`,
    /// `linkPublished`): 10,000 `mkdir`s then run on both cores beside rendering instead of on one before it, and a
    /// rebuild into the last site's folders asks for none of them again.
    func prepareFolders(for sitePaths: [String]) throws {
        let folders = Self.folders(holding: sitePaths.map(SiteURLs.outputFile(for:)))
        var holdingFolders: Set<String> = []
        for folder in folders { holdingFolders.insert(Self.parent(of: folder)) }
        // Parents first: a parent's path is shorter, in bytes too (counting Characters costs a grapheme walk).
        for folder in holdingFolders.subtracting([""]).sorted(by: { $0.utf8.count < $1.utf8.count || ($0.utf8.count == $1.utf8.count && $0 < $1) }) {
            if mkdir("\(root)/\(folder)", 0o755) != 0, errno != EEXIST { throw Self.error(folder) }
        }
    }

    /// Makes the folder of `file` (an absolute path) when it is missing: its own parent was made by `prepareFolders`.
    /// `errno` tells why when it returns false.
    static func makeFolder(of file: String) -> Bool {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
        return mkdir(String(file[..<slash]), 0o755) == 0 || errno == EEXIST
    }

    /// Every folder holding one of `files` (paths inside the site), with its parents.
    static func folders(holding files: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = []
        for file in files {
            var folder = parent(of: file)
            while !folder.isEmpty, folders.insert(folder).inserted { folder = parent(of: folder) }
        }
        return folders
    }

    /// The folder of a relative path, "" at the top: `NSString.deletingLastPathComponent` without bridging to
    /// NSString, which costs more than the rest of preparing the folders. Paths it might tidy differently (a slash
    /// first, last or doubled) still go through it.
    static func parent(of path: String) -> String {
        let bytes = path.utf8
        guard bytes.first != UInt8(ascii: "/"), bytes.last != UInt8(ascii: "/") else { return (path as NSString).deletingLastPathComponent }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        let folder = path[..<slash]
        guard folder.utf8.last != UInt8(ascii: "/") else { return (path as NSString).deletingLastPathComponent }
        return String(folder)
    }

    func write(_ bytes: [UInt8], toSitePath path: String) throws -> Outcome {
        try write(bytes, to: SiteURLs.outputFile(for: path))
    }

    /// `relative` is a path inside the site; its folder's parent exists.
    func write(_ bytes: [UInt8], to relative: String) throws -> Outcome {
        let file = "\(root)/\(relative)"
        if let previous, Self.hasSameBytes("\(previous)/\(relative)", bytes), Self.linkPublished("\(previous)/\(relative)", at: file) != nil {
            return .kept
        }
        let descriptor = try Self.createNew(file, relative)
        defer { close(descriptor) }
        try Self.writeAll(bytes[...], to: descriptor, relative)
        return .written
    }

    /// Opens a new file for writing. O_EXCL: never write through a name that may be a hard link to a published file.
    static func createNew(_ file: String, _ relative: String) throws -> Int32 {
        var descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT, makeFolder(of: file) {
            descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        if descriptor < 0, errno == EEXIST, unlink(file) == 0 {
            descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw error(relative) }
        return descriptor
    }

    static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32, _ relative: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard var start = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = posixWrite(descriptor, start, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.error(relative)
                }
                start += written
                left -= written
            }
        }
    }

    /// Hard-links the published file of `path`, which the cache says is still right; its stamp, which the link
    /// shares (same inode, size and mtime): no `stat` more for each of the thousands of files a rebuild keeps.
    func keep(sitePath path: String) throws -> String {
        let relative = SiteURLs.outputFile(for: path)
        guard let previous, let published = Self.linkPublished("\(previous)/\(relative)", at: "\(root)/\(relative)") else { throw Self.error(relative) }
        return InputStamp.fileStamp(published, withChangeTime: false)
    }

    /// Makes `file` in the staging folder a hard link to the published file. A staging folder made from the spare
    /// mostly holds that link already (same inode): two `stat`s, nothing written.
    /// Only a regular file is linked: `link` does not follow a symbolic link put in the published site, which would be
    /// published again, and followed by the web server out of the site.
    /// The published file's status when the link is made, nil otherwise.
    static func linkPublished(_ published: String, at file: String) -> stat? {
        var source = stat()
        guard lstat(published, &source) == 0, (source.st_mode & S_IFMT) == S_IFREG else { return nil }
        var staged = stat()
        if lstat(file, &staged) == 0 {
            if source.st_ino == staged.st_ino, source.st_dev == staged.st_dev { return source }
            unlink(file)
        }
        if link(published, file) == 0 { return source }
        return errno == ENOENT && makeFolder(of: file) && link(published, file) == 0 ? source : nil
    }

    /// The stamp of a file written into the staging folder, which it keeps once published.
    func stamp(ofSitePath path: String) -> String? {
        BuildCache.stamp(of: "\(root)/\(SiteURLs.outputFile(for: path))")
    }

    /// Copies `files` (paths relative to `source`, as listed at load) under `destination` in the staging folder.
    func copy(_ files: [String], from source: String, to destination: String) throws {
        try prepareFolders(for: files.map { "/\(destination)/\($0)" })
        for relative in files {
            guard let data = FileManager.default.contents(atPath: "\(source)/\(relative)") else { throw Self.error("\(source)/\(relative)") }
            _ = try write([UInt8](data), to: "\(destination)/\(relative)")
        }
    }

    /// Whether the regular file (not a link) at `path` holds exactly `bytes` (its size is checked before anything is read).
    static func hasSameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        guard let data = FileManager.default.contents(atPath: path), data.count == bytes.count else { return false }
        // memcmp, not Data's iterator: `aides.json` is tens of megabytes, compared at each build that remakes it.
        return data.withUnsafeBytes { stored in bytes.withUnsafeBytes { made in ByteEquality.same(stored, made) } }
    }

    static func error(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
    }
}

/// `write(2)`, which the writer's own `write` methods hide.
private func posixWrite(_ descriptor: Int32, _ start: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, start, count)
    #else
    Darwin.write(descriptor, start, count)
    #endif
}

import Foundation
@testable import RelaisCore
import Testing

/// The entry file under `.relais-cache/content` and `.relais-cache/markdown`, attacked directly: whatever its bytes,
/// reading it takes time in proportion to its entries, and an entry is found only where one was written.
@Suite("Entry file")
struct EntryFileTests {
    static let format = "relais-test-1\n"

    /// A fresh folder with an entry file holding `entries`.
    static func file(_ entries: [UInt64: [UInt8]]) throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-entries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("entries").path
        let next = EntryFile.Next()
        next.start(from: EntryFile(path: path, format: format, reads: false))
        for (key, entry) in entries { next.add(key) { entry } }
        try next.save(to: path, format: format)
        return (folder, path)
    }

    static func identity(_ path: String) throws -> (inode: UInt64, size: Int) {
        var status = stat()
        try #require(lstat(path, &status) == 0)
        return (UInt64(status.st_ino), Int(status.st_size))
    }

    /// Found by hostile testing: a run of zero bytes after the entries (a file extended by hand or by `truncate`, a
    /// sparse hole, the zero-filled blocks a crash can leave at the end of a file) read as entries of key 0 and no
    /// length, sixteen bytes at a time: a 200 MB tail took ten seconds, a terabyte hole hours, and the file counted as
    /// whole, so the next entries were appended after the zeros and every later build walked them again.
    @Test(arguments: [16 << 10, 16 << 20])
    func aTailOfZerosEndsTheEntries(_ zeros: Int) throws {
        let entry = [UInt8](repeating: 0x41, count: 64 << 10)
        let (folder, path) = try Self.file([7: entry])
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(try Self.identity(path).size + zeros))
        try handle.close()

        let file = EntryFile(path: path, format: Self.format, reads: true)
        #expect(file.entry(7) == entry)
        #expect(file.entry(0) == nil)
        let next = EntryFile.Next()
        next.start(from: file)
        next.keep(7)
        next.add(8) { entry }
        try next.save(to: path, format: Self.format)
        // Written again without the zeros, not appended after them.
        #expect(try Self.identity(path).size == Self.format.utf8.count + 2 * (16 + entry.count), "\(zeros)")
        let reread = EntryFile(path: path, format: Self.format, reads: true)
        #expect(reread.entry(7) == entry && reread.entry(8) == entry)
    }
}

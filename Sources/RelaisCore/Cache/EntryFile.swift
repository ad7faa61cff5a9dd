import Foundation
import Synchronization

/// A cache file of entries under 64-bit keys (`.relais-cache/markdown`, `.relais-cache/content`): a format line,
/// then for each entry its key, its length and its bytes. Read entry by entry, never whole: the Markdown memo of a
/// 10,000-aid site is 150 MB. The caller checks each entry it reads (its own checksum, eight bytes at its start): a
/// damaged one is made again.
final class EntryFile: Sendable {
    struct Span: Sendable {
        /// Where the entry's bytes start, after its key and length.
        let offset: Int
        let length: Int
    }

    let path: String
    let format: String
    fileprivate let descriptor: Int32
    fileprivate let spans: [UInt64: Span]
    /// The size, device and inode read: the file appended to must be this one, as it was.
    fileprivate let size: Int
    fileprivate let identity: (device: UInt64, inode: UInt64)
    /// Whether the entries run to the end of the file: one appended after a damaged entry could never be found.
    fileprivate let isWhole: Bool

    /// The file at `path`, or an empty one when it is missing, not a regular file, of another format, or when
    /// `reads` is false.
    init(path: String, format: String, reads: Bool) {
        self.path = path
        self.format = format
        var spans: [UInt64: Span] = [:]
        var isWhole = false
        var status = stat()
        let descriptor = reads ? BinaryRecordReader.openRegularFile(path) : -1
        if descriptor >= 0, fstat(descriptor, &status) == 0,
           BinaryRecordReader.read(descriptor, at: 0, count: format.utf8.count) == Array(format.utf8) {
            // Each entry starts with its key and length: the index is read sixteen bytes at a time, payloads skipped.
            // A later entry of a key (one made again after its first was found damaged) takes the earlier one's place.
            var offset = format.utf8.count
            let size = Int(status.st_size)
            while offset < size {
                guard let header = BinaryRecordReader.read(descriptor, at: offset, count: 16) else { break }
                let (key, length) = header.withUnsafeBytes { raw in
                    (UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)), UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
                }
                // Every entry holds at least its caller's 8-byte checksum: zeros (a sparse hole, the blocks a crash
                // leaves at the end of a file) end the entries here instead of reading as empty ones, 16 bytes a step.
                guard length >= 8, length <= UInt64(size - offset - 16) else { break }
                spans[key] = Span(offset: offset + 16, length: Int(length))
                offset += 16 + Int(length)
            }
            isWhole = offset == size
        }
        self.spans = spans
        self.isWhole = isWhole
        self.descriptor = spans.isEmpty && !isWhole ? -1 : descriptor
        if descriptor >= 0, self.descriptor < 0 { close(descriptor) }
        self.size = self.descriptor >= 0 ? Int(status.st_size) : 0
        self.identity = self.descriptor >= 0 ? (UInt64(status.st_dev), UInt64(status.st_ino)) : (0, 0)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The bytes of the entry under `key`, unchecked.
    func entry(_ key: UInt64) -> [UInt8]? {
        guard let span = spans[key] else { return nil }
        return BinaryRecordReader.read(descriptor, at: span.offset, count: span.length)
    }

    /// The bytes of the entry under `key`, unchecked, and where they start in the file: what it holds can be read
    /// again there later (`RenderedTexts`).
    /// Whether any entry may be found: false for a file not read, missing or refused.
    var hasEntries: Bool { !spans.isEmpty }

    func entryAndOffset(_ key: UInt64) -> ([UInt8], Int)? {
        guard let span = spans[key], let bytes = BinaryRecordReader.read(descriptor, at: span.offset, count: span.length) else { return nil }
        return (bytes, span.offset)
    }

    /// `count` bytes of UTF-8 from `offset`, read straight into a string.
    func string(at offset: Int, count: Int) -> String? { BinaryRecordReader.string(descriptor, at: offset, count: count) }

    func bytes(at offset: Int, count: Int) -> [UInt8]? { BinaryRecordReader.read(descriptor, at: offset, count: count) }
}

extension EntryFile {
    /// Where every key of a cache starts: its format, Relais itself (another build of it may read or make entries
    /// differently), and what else all its entries depend on.
    static func salt(format: String, _ parts: String...) -> StableHash {
        var salt = StableHash()
        salt.combine(format)
        salt.combine(InputStamp.executableStamp())
        for part in parts { salt.combine(part) }
        return salt
    }

    /// What a build leaves for the next one: the entries of the last file it used again, and its new ones. Saving
    /// appends the new entries to the last file when most of it is still used (a one-aid rebuild adds one text to
    /// 150 MB), and otherwise writes only the entries used, through a temporary file and a rename.
    final class Next: Sendable {
        private struct State {
            var previous: EntryFile?
            var kept: [UInt64: Span] = [:]
            /// Each new entry's bytes, asked for when saved: until then they wait in a temporary file (`SpoolFile`),
            /// not in memory. Nil when they cannot be read back: the entry is left out, made again next time.
            var added: [UInt64: @Sendable () -> [UInt8]?] = [:]
        }

        private let state = Mutex(State())

        /// How many entries this build took from the last one's file, and how many it has in all.
        var counts: (reused: Int, texts: Int) {
            state.withLock { state in (state.kept.count, state.kept.count + state.added.keys.filter { state.kept[$0] == nil }.count) }
        }

        /// The last build's file, whose entries `keep` names.
        func start(from previous: EntryFile) { state.withLock { $0.previous = previous } }

        /// Keeps the entry of the last file under `key`: the caller read it and found it whole.
        func keep(_ key: UInt64) {
            state.withLock { state in
                if let span = state.previous?.spans[key] { state.kept[key] = span }
            }
        }

        func add(_ key: UInt64, encoding entry: @escaping @Sendable () -> [UInt8]?) { state.withLock { $0.added[key] = entry } }

        func save(to path: String, format: String) throws {
            try state.withLock { state in
                let added = state.added.filter { state.kept[$0.key] == nil }
                if let previous = state.previous, previous.path == path, previous.format == format,
                   let appending = Self.openForAppending(previous, keptBytes: state.kept.values.reduce(0) { $0 + 16 + $1.length }) {
                    defer { close(appending) }
                    try Self.write(added.keys.sorted(), to: appending, path: path) { added[$0]?() }
                    return
                }
                try ChecksummedFile.replace(path) { descriptor, temporary in
                    try Self.write(bytes: Array(format.utf8), to: descriptor, path: temporary)
                    // Read and written a few megabytes at a time: the memo of a large site is larger than a build's
                    // other needs.
                    let previous = state.previous
                    try Self.write(state.kept.keys.sorted(), to: descriptor, path: temporary) { previous?.entry($0) }
                    try Self.write(added.keys.sorted(), to: descriptor, path: temporary) { added[$0]?() }
                }
            }
        }

        /// The last file opened for appending, when it is whole, still the file read and as long, and when the
        /// entries kept fill at least half of it; nil when it must be written again.
        private static func openForAppending(_ previous: EntryFile, keptBytes: Int) -> Int32? {
            guard previous.descriptor >= 0, previous.isWhole, 2 * keptBytes >= previous.size - previous.format.utf8.count else { return nil }
            // O_NONBLOCK and O_NOFOLLOW: a pipe or a link put in the file's place is neither waited on nor followed.
            let descriptor = open(previous.path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            var status = stat()
            guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == previous.size,
                  UInt64(status.st_dev) == previous.identity.device, UInt64(status.st_ino) == previous.identity.inode else {
                close(descriptor)
                return nil
            }
            return descriptor
        }

        /// Entries in key order, each its key, length and bytes, written a few megabytes at a time: each write holds
        /// whole entries, so two builds appending at once never cut into each other's.
        private static func write(_ keys: [UInt64], to descriptor: Int32, path: String, entry bytes: (UInt64) -> [UInt8]?) throws {
            var chunk = BinaryRecordWriter()
            for key in keys {
                guard let entry = bytes(key) else { continue }
                chunk.append(key)
                chunk.append(entry.count)
                chunk.append(raw: entry)
                if chunk.bytes.count > 4 << 20 {
                    try write(bytes: chunk.bytes, to: descriptor, path: path)
                    chunk = BinaryRecordWriter()
                }
            }
            try write(bytes: chunk.bytes, to: descriptor, path: path)
        }

        private static func write(bytes: [UInt8], to descriptor: Int32, path: String) throws {
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
                written += count
            }
        }
    }
}

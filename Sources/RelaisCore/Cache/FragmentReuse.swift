import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pieces of a large artifact made from one item each (an aid's line of `aides.json`, its row of `aides.csv`).
/// The next build copies a piece from the published file when its item's fingerprint, the site, the build date and
/// the organisations did not change, instead of making it again: a one-aid edit encodes one line of each file, not
/// 10,000. The index of the pieces is kept in `.relais-cache/fragments/`, with the stamp of the file it describes
/// and a checksum: an index that does not match the published file to the byte count and the inode is not used.
final class FragmentReuse: @unchecked Sendable {
    struct Fragment: Sendable, Equatable {
        let fingerprint: String
        let offset: Int
        let length: Int
    }

    /// What every piece depends on beyond its item.
    let salt: String
    private let fingerprints: [String: String]
    private let previous: [String: Fragment]
    private let descriptor: Int32
    /// The published file's size, and the part of it read last: pieces come in file order, so one read of a
    /// window serves hundreds of them (10,000 `pread`s for a file of 10,000 aids otherwise).
    private let size: Int
    private var window: [UInt8] = []
    private var windowStart = 0
    static let windowSize = 1 << 20
    /// The pieces of the file being written; one writer uses an instance at a time.
    private(set) var made: [String: Fragment] = [:]

    init(index: String, published: String?, salt: String, fingerprints: [String: String]) {
        self.salt = salt
        self.fingerprints = fingerprints
        var found: [String: Fragment] = [:]
        var descriptor: Int32 = -1
        var size = 0
        if let published, let stamp = BuildCache.stamp(of: published), let pieces = Self.read(index, stamp: stamp, salt: salt) {
            descriptor = BinaryRecordReader.openRegularFile(published)
            // Every piece inside the file as it is: an index edited by hand (its checksum made again) could otherwise
            // ask for terabytes, or an offset that overflows, before a single byte is read.
            var status = stat()
            if descriptor >= 0, fstat(descriptor, &status) == 0, Self.fit(pieces, in: Int(status.st_size)) {
                found = pieces
                size = Int(status.st_size)
            }
        }
        (self.previous, self.descriptor, self.size) = (found, descriptor, size)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The piece of `key` as the published file holds it, when its item did not change.
    func reused(_ key: String) -> ArraySlice<UInt8>? {
        guard let old = previous[key], old.fingerprint == fingerprints[key], descriptor >= 0 else { return nil }
        if old.offset < windowStart || old.offset + old.length > windowStart + window.count {
            // `fit` checked every piece against the size: the window stays within the file.
            let count = Swift.max(old.length, Swift.min(Self.windowSize, size - old.offset))
            guard let bytes = BinaryRecordReader.read(descriptor, at: old.offset, count: count) else { return nil }
            (window, windowStart) = (bytes, old.offset)
        }
        return window[(old.offset - windowStart)..<(old.offset - windowStart + old.length)]
    }

    /// Whether every piece lies within a file of `size` bytes.
    static func fit(_ pieces: [String: Fragment], in size: Int) -> Bool {
        pieces.values.allSatisfy { $0.offset <= size && $0.length <= size - $0.offset }
    }

    func record(_ key: String, offset: Int, length: Int) {
        guard let fingerprint = fingerprints[key] else { return }
        made[key] = Fragment(fingerprint: fingerprint, offset: offset, length: length)
    }

    // MARK: The index file

    /// `checksum`, then `stamp<TAB>salt`, then one `key<TAB>fingerprint<TAB>offset<TAB>length` line per piece.
    static func save(_ made: [String: Fragment], salt: String, fileStamp: String, to index: String) throws {
        // Bytes appended directly: an index of 10,000 pieces is written by every build that makes its file.
        var body = Array("\(fileStamp)\t\(salt)".utf8)
        body.reserveCapacity(64 * made.count + body.count)
        for (key, piece) in made.sorted(by: { $0.key < $1.key }) {
            body.append(UInt8(ascii: "\n"))
            for (index, field) in [key, piece.fingerprint, String(piece.offset), String(piece.length)].enumerated() {
                if index > 0 { body.append(UInt8(ascii: "\t")) }
                body.append(contentsOf: field.utf8)
            }
        }
        try ChecksummedFile.write(body, to: index)
    }

    /// The pieces an index lists, if it is whole and describes the published file as it is.
    static func read(_ index: String, stamp: String, salt: String) -> [String: Fragment]? {
        guard let data = FileManager.default.contents(atPath: index), let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let body = data[data.index(after: newline)...]
        guard StableHash.of(body) == String(decoding: data[..<newline], as: UTF8.self) else { return nil }
        // Split on bytes: String's `split` walks Characters, and an index lists every aid of the site.
        let lines = [UInt8](body).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let head = lines.first, head.elementsEqual("\(stamp)\t\(salt)".utf8) else { return nil }
        var pieces: [String: Fragment] = [:]
        pieces.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 4, let offset = number(fields[2]), let length = number(fields[3]) else { return nil }
            pieces[String(decoding: fields[0], as: UTF8.self)] = Fragment(fingerprint: String(decoding: fields[1], as: UTF8.self), offset: offset, length: length)
        }
        return pieces
    }

    /// A count of bytes written in decimal digits, as `save` writes it; nil for anything else, or above 2⁵³.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// Where the index of an output's pieces is kept.
    static func indexPath(of sitePath: String, cacheFolder: String) -> String {
        "\(cacheFolder)/fragments/\(StableHash.of(Array(sitePath.utf8)))"
    }
}

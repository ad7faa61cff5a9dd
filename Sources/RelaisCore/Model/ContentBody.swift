import Foundation
import RelaisFrench

/// A content file's Markdown body. When it is the tail of the file's bytes, as almost every body is, only its place
/// is kept (the file, where the body starts, the file's size and checksum), and the text is read again when the
/// record renders it: held as text from load to the end of validate, the bodies of 10,000 aids were 66 MB of the
/// build's peak memory. A body that is not a tail of its file (line ends normalised from CRLF) or that comes from no
/// file (fuzzing, tests) is kept as text.
public struct ContentBody: Sendable {
    enum Storage: Sendable, Equatable {
        case text(String)
        /// `path` is the file's own path, to read; `size` and `checksum` (StableHash.words) are those of its bytes.
        case file(path: String, offset: Int, size: Int, checksum: UInt64)
    }

    let storage: Storage

    init(_ text: String) { storage = .text(text) }

    init(path: String, offset: Int, size: Int, checksum: UInt64) {
        storage = .file(path: path, offset: offset, size: size, checksum: checksum)
    }

    /// The body of `text` at `offset` as its place in `bytes`, the file read at `path`, when `text` is those bytes
    /// (no line end was normalised) and the body their tail; as text otherwise.
    static func placed(_ body: String, in bytes: [UInt8], textCount: Int, path: String, checksum: () -> UInt64) -> ContentBody {
        let offset = bytes.count - body.utf8.count
        guard textCount == bytes.count, offset >= 0, isTail(of: bytes, from: offset, body) else { return ContentBody(body) }
        return ContentBody(path: path, offset: offset, size: bytes.count, checksum: checksum())
    }

    /// The text; nil when the file no longer holds the bytes it was loaded from (it changed during the build), or
    /// can no longer be read.
    func text() -> String? {
        switch storage {
        case .text(let text):
            return text
        case .file(let path, let offset, let size, let checksum):
            guard case .success(let bytes) = SourceFileRead.bytes(atPath: path, limit: size), bytes.count == size, offset <= size,
                  bytes.withUnsafeBytes({ StableHash.words(of: $0) }) == checksum else { return nil }
            // The bytes checked are those load decoded and checked: valid UTF-8, no control character.
            return String(decoding: bytes[offset...], as: UTF8.self)
        }
    }

    /// What identifies the text, for the Markdown memo's key: the text itself, or the place and checksum of a file
    /// body, which then need not be read again when its rendering is reused.
    func identify(in hash: inout StableHash) {
        switch storage {
        case .text(let text):
            hash.combine("text")
            hash.combine(text)
        case .file(_, let offset, let size, let checksum):
            hash.combine("file \(offset) \(size) \(checksum)")
        }
    }

    /// Whether `bytes` hold no carriage return and end, from `offset`, with exactly the UTF-8 of `text`, compared
    /// with `memchr` and `memcmp`.
    static func isTail(of bytes: [UInt8], from offset: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { body in
            bytes.withUnsafeBufferPointer { all in
                guard all.count - offset == body.count else { return false }
                guard let start = all.baseAddress else { return body.isEmpty }
                guard memchr(start, 0x0D, all.count) == nil else { return false }
                return ByteEquality.same(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(all)[offset...]), UnsafeRawBufferPointer(body))
            }
        }
    }
}

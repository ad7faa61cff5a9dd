#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 text with every run of ASCII whitespace collapsed to one space and none at either end.
struct PlainTextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Copies the text in one go, then squeezes its whitespace in place: appending word by word
    /// cost more than the rest of the walk.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard let first = text.first else { return }
        if pendingSpace, !Self.isSpace(first) {
            bytes.append(0x20)
            pendingSpace = false
        }
        let start = bytes.count
        bytes.append(contentsOf: text)
        var pending = pendingSpace
        var nonEmpty = start > 0
        // The write index never passes the read index: a space is written only for whitespace
        // already skipped (a space still pending on entry means `text` starts with whitespace).
        let end = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            var write = start
            for read in start..<buffer.count {
                let byte = buffer[read]
                if Self.isSpace(byte) {
                    if nonEmpty { pending = true }
                    continue
                }
                if pending {
                    buffer[write] = 0x20
                    write += 1
                    pending = false
                }
                buffer[write] = byte
                write += 1
                nonEmpty = true
            }
            return write
        }
        bytes.removeLast(bytes.count - end)
        pendingSpace = pending
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends a NUL-terminated string as cmark returns it, without making a Swift String first.
    mutating func append(cString: UnsafePointer<CChar>) {
        let length = strlen(cString)
        UnsafeRawPointer(cString).withMemoryRebound(to: UInt8.self, capacity: length) {
            append(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    mutating func appendSpace() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Little-endian numbers and length-prefixed strings, for the caches too large to write as text.
struct BinaryRecordWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ number: Int) { append(UInt64(bitPattern: Int64(number))) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            append(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func append(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func append(_ texts: [String]) {
        append(texts.count)
        for text in texts { append(text) }
    }
}

/// Reads what `BinaryRecordWriter` wrote; every length is checked against what is left, so a damaged file gives nil,
/// never a read out of bounds or a huge allocation.
struct BinaryRecordReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func number() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func count() -> Int? {
        guard let value = number(), value <= UInt64(bytes.count - offset) else { return nil }
        return Int(value)
    }

    mutating func skip(_ length: Int) -> Bool {
        guard length >= 0, length <= bytes.count - offset else { return false }
        offset += length
        return true
    }

    mutating func int() -> Int? { number().map { Int(Int64(bitPattern: $0)) } }

    mutating func string() -> String? {
        guard let length = count() else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        offset += length
        return text
    }

    /// A descriptor on the regular file at `path`, or -1: a FIFO, a device or a symbolic link put in the cache's
    /// place would otherwise block the build or lead outside the cache folder.
    static func openRegularFile(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// `count` bytes of an open file from `offset`; nil when the file is shorter.
    static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let total = bytes.withUnsafeMutableBytes { read(descriptor, at: offset, into: $0) }
        return total == count ? bytes : nil
    }

    /// `count` bytes of UTF-8 of an open file from `offset`, read straight into a string's storage; nil when the
    /// file is shorter.
    static func string(_ descriptor: Int32, at offset: Int, count: Int) -> String? {
        guard descriptor >= 0 else { return nil }
        var total = 0
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            // Exactly `count` bytes, whatever room the string's storage has.
            total = read(descriptor, at: offset, into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[..<Swift.min(count, buffer.count)]))
            return total
        }
        return total == count ? text : nil
    }

    /// Fills `buffer` from `offset`, or as much of it as the file holds; how many bytes were read.
    private static func read(_ descriptor: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            let read = pread(descriptor, base + total, buffer.count - total, off_t(offset + total))
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { break }
            total += read
        }
        return total
    }

    mutating func strings() -> [String]? {
        guard let count = count() else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = string() else { return nil }
            texts.append(text)
        }
        return texts
    }
}

extension StableHash {
    /// The hash of a large buffer eight bytes at a time: a checksum of a hundred megabytes in a few milliseconds.
    static func words(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        while bytes.count - offset >= 8 {
            value ^= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            value = (value &* 0x0000_0100_0000_01b3) ^ (value >> 29)
            offset += 8
        }
        while offset < bytes.count {
            value ^= UInt64(bytes[offset])
            value = value &* 0x0000_0100_0000_01b3
            offset += 1
        }
        return value
    }
}

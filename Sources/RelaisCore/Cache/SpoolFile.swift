import Foundation
import Synchronization

/// A temporary file of this build that bytes are appended to and read back from by place: what a build keeps to its
/// end (the caches' new entries) or from validate to render (rendered texts) without holding it in memory. It is
/// deleted as soon as it is made, so it lives as long as its descriptor and nothing is left behind, even by a crash.
final class SpoolFile: Sendable {
    /// -1 when no temporary file could be made: callers then keep their bytes in memory.
    private let descriptor: Int32
    private let size = Mutex(0)

    init() {
        var template = Array((NSTemporaryDirectory() + "/relais-spool-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        if descriptor >= 0 {
            template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends `bytes`; their offset, or nil when they could not be written (a full disk: the caller keeps them).
    func append(_ bytes: [UInt8]) -> Int? {
        guard descriptor >= 0 else { return nil }
        // The place is taken under the lock, the bytes written outside it: callers append from all cores.
        let offset = size.withLock { size in
            defer { size += bytes.count }
            return size
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset + written)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            written += count
        }
        return offset
    }

    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        descriptor >= 0 ? BinaryRecordReader.read(descriptor, at: offset, count: count) : nil
    }

    func string(at offset: Int, count: Int) -> String? { BinaryRecordReader.string(descriptor, at: offset, count: count) }

    /// What `add` hands a cache for an entry: the spooled bytes read back when the cache is saved, or the bytes
    /// themselves when they could not be spooled.
    func keep(_ bytes: [UInt8]) -> @Sendable () -> [UInt8]? {
        guard let offset = append(bytes) else { return { bytes } }
        let count = bytes.count
        return { self.bytes(at: offset, count: count) }
    }
}

import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (flock) on the folder that holds the output and its staging folders.
///
/// Every build holds it shared from the moment it makes its staging folder until it publishes or gives up; the
/// kernel drops it when a build is killed. A build that can take it exclusively knows that no other build is
/// running, so every staging folder there is a leftover and can go at once, whatever its age.
final class StagingLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock shared, running `whenAlone` first if no other build holds it.
    init(folder: String, whenAlone: () -> Void) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { whenAlone() }
        // Shared from here on (blocking only while another build sweeps); a failure leaves the build unlocked, not stopped.
        while flock(descriptor, LOCK_SH) != 0, errno == EINTR {}
        self.descriptor = descriptor
    }

    func release() { close(descriptor) }

    // MARK: Locks held by the staging folders of this process

    private static let held = Mutex<[String: StagingLock]>([:])

    static func keep(_ lock: StagingLock, for staging: String) {
        held.withLock { $0[staging] = lock }
    }

    static func release(for staging: String) {
        held.withLock { $0.removeValue(forKey: staging) }?.release()
    }
}

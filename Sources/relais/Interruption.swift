import Foundation
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM, so that `serve` stops its server and exits 0 instead of dying mid-write.
/// The handler only stores the signal's number (all a signal handler may safely do); `wait` polls it.
enum Interruption {
    private static let received = Atomic<Int32>(0)

    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number) { Interruption.received.store($0, ordering: .relaxed) }
        }
    }

    /// Returns once a signal has come.
    static func wait() async {
        while received.load(ordering: .relaxed) == 0 {
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}

import Dispatch
import Synchronization

/// What a build made and no longer needs once it has published: the record, the plan, the caches' tables. Freeing
/// them all costs some 0.2 s of one core at 10,000 aids, after the work is done and before the command can print
/// its report and exit. Held here, they are freed on a background thread instead: the report goes out at once, and
/// a command that exits does not wait for it.
final class LateRelease: Sendable {
    private let held = Mutex<[any Sendable]>([])

    func hold(_ value: any Sendable) {
        held.withLock { $0.append(value) }
    }

    /// Lets go of everything held, on a background thread.
    func release() {
        let values = held.withLock { held in
            let taken = held
            held = []
            return taken
        }
        DispatchQueue.global(qos: .background).async { withExtendedLifetime(values) {} }
    }
}

extension LateRelease {
    /// Lets go of `value` on a background thread at once: what a step no longer needs while the next one works on
    /// one core (the loaded content, freed while plan runs). Handed over in a box, so that the last reference is the
    /// background thread's whatever runs first.
    static func releaseInBackground<T: Sendable>(_ value: consuming T) {
        let box = Handover(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    private final class Handover<T: Sendable>: @unchecked Sendable {
        private var value: T?

        init(_ value: consuming T) { self.value = value }

        /// Called once, by the background thread only.
        func empty() { value = nil }
    }
}

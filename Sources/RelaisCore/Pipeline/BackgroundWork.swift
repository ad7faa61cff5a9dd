import Dispatch

/// Work run on a thread of its own, outside the cores' task pool, and awaited later: the caches saved while render
/// keeps both pool threads busy, instead of after publish, where they were the build's last second, on one core.
final class BackgroundWork: Sendable {
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Void) {
        group.enter()
        DispatchQueue.global(qos: .utility).async { [group] in
            work()
            group.leave()
        }
    }

    /// Returns once the work is done, without holding a pool thread meanwhile.
    func finished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            group.notify(queue: .global()) { continuation.resume() }
        }
    }
}

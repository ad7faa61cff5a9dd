import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores from synchronous code (the plan step), keeping the order of the input: the work is cut into
    /// `chunks` parts, each mapped by one call of `transform` on its slice.
    func concurrentChunks<T: Sendable>(_ chunks: Int, _ transform: @escaping @Sendable (ArraySlice<Element>) -> T) -> [T] {
        guard !isEmpty else { return [] }
        let count = Swift.min(chunks, self.count)
        let size = (self.count + count - 1) / count
        let results = ChunkResults<T>(count: count)
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { chunk in
            let range = Swift.min(input.count, chunk * size)..<Swift.min(input.count, (chunk + 1) * size)
            results.set(chunk, transform(input[range]))
        }
        return results.values()
    }
}

/// Two pieces of synchronous work that need nothing of each other, run at once on two cores (resolve's reference
/// checks beside its relations).
func bothAtOnce<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    let results = BothResults<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.first = first() } else { results.second = second() }
    }
    return results.values()
}

/// The two results of `bothAtOnce`, each written by one worker only, read once both are done.
private final class BothResults<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?

    func values() -> (A, B) {
        guard let first, let second else { preconditionFailure("concurrentPerform returned before both pieces of work ran") }
        return (first, second)
    }
}

/// One slot per chunk, each written by one worker only, read once all are done.
private final class ChunkResults<T>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) { slots[index] = value }
    func values() -> [T] { slots.compactMap { $0 } }
}

import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input. Work is cut into a few chunks per core so that
    /// tens of thousands of small items don't each pay for a task. Each chunk reads its items in place and writes
    /// its results straight into their slots of one buffer, which becomes the array: copying the chunks in and out
    /// (retaining every field of 10,000 loaded files, then releasing the copies) held one core after each map.
    func parallelMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        guard count > 1 else { return map(transform) }
        let chunkCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let slots = ResultSlots<T>(count: count)
        let input = self
        await withTaskGroup(of: Void.self) { group in
            for chunk in 0..<chunkCount {
                let range = Swift.min(count, chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize)
                guard !range.isEmpty else { continue }
                group.addTask {
                    input.withUnsafeBufferPointer { items in
                        for index in range { slots.initialize(index, to: transform(items[index])) }
                    }
                }
            }
        }
        return slots.moveIntoArray()
    }
}

/// The results of a parallel map: one slot per item, each initialized by the one task that maps that item, all
/// of them initialized before `moveIntoArray` (the task group has returned).
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T>
    private var moved = false

    init(count: Int) {
        slots = .allocate(capacity: count)
    }

    func initialize(_ index: Int, to value: T) {
        slots.initializeElement(at: index, to: value)
    }

    /// The results as an array, moved rather than copied: no element is retained or released on the way.
    func moveIntoArray() -> [T] {
        moved = true
        return [T](unsafeUninitializedCapacity: slots.count) { buffer, initialized in
            if let target = buffer.baseAddress, let source = slots.baseAddress {
                target.moveInitialize(from: source, count: slots.count)
            }
            initialized = slots.count
        }
    }

    deinit {
        // Moved out, the slots hold nothing; otherwise (never, once the group has returned) they are all set.
        if !moved { slots.deinitialize() }
        slots.deallocate()
    }
}

import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input. Work is cut into a few chunks per core so that
    /// tens of thousands of small items don't each pay for a task.
    func parallelMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        guard count > 1 else { return map(transform) }
        let chunkCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let chunkSize = (count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for chunk in 0..<chunkCount {
                let range = Swift.min(count, chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize)
                guard !range.isEmpty else { continue }
                let slice = Array(self[range])
                group.addTask { (chunk, slice.map(transform)) }
            }
            var parts = [[T]](repeating: [], count: chunkCount)
            for await (index, part) in group { parts[index] = part }
            return parts.flatMap { $0 }
        }
    }
}

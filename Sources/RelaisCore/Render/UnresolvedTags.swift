import Foundation

/// The tag names a page's templates used but no view model on the page had (swift-mustache renders them as
/// nothing). Collected per page render through a task-local value, reported as template errors.
final class UnresolvedTags: @unchecked Sendable {
    @TaskLocal static var current: UnresolvedTags?

    private let lock = NSLock()
    private var names: Set<String> = []

    func insert(_ name: String) {
        lock.lock()
        names.insert(name)
        lock.unlock()
    }

    var sorted: [String] {
        lock.lock()
        defer { lock.unlock() }
        return names.sorted()
    }
}

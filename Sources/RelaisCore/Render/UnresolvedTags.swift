/// The tag names a page's templates asked for that no view model of the page had: swift-mustache renders
/// them as nothing. Every lookup a view model answers is noted (found or not); a name never found on any
/// object of the page, at the top of a tag or after a dot (`{{status.lable}}`), is a template error.
///
/// One instance per page render, reached through a task-local value; a page renders synchronously on one
/// task, so the sets need no lock.
final class UnresolvedTags: @unchecked Sendable {
    @TaskLocal static var current: UnresolvedTags?

    private var asked: Set<String> = []
    private var found: Set<String> = []

    func note(_ name: String, found isFound: Bool) {
        if isFound { found.insert(name) } else { asked.insert(name) }
    }

    /// Names asked for and never found, sorted.
    var sorted: [String] { asked.subtracting(found).sorted() }
}

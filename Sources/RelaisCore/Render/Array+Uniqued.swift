extension Array where Element: Hashable {
    /// The elements in order, each once (a contact listed twice on an aid shows once).
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

extension TemplateSet {
    /// Each template's fingerprint, its partials and parents included: a page is made again when the text of any
    /// template it renders through changed.
    func fingerprints() -> [String: String] {
        var result: [String: String] = [:]
        for name in texts.keys {
            var seen: Set<String> = []
            var queue = [name]
            while let next = queue.popLast() {
                guard seen.insert(next).inserted, let text = texts[next] else { continue }
                queue += PartialReferences.find(in: text).map(\.name)
            }
            var hash = StableHash()
            for used in seen.sorted() {
                hash.combine(used)
                hash.combine(texts[used] ?? "")
            }
            result[name] = hash.hex
        }
        return result
    }
}

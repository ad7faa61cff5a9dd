extension TemplateSet {
    /// Each template's fingerprint, its partials and parents included: a page is made again when the text of any
    /// template it renders through changed.
    static func fingerprints(texts: [String: String], tags: [String: [TemplateTag]]) -> [String: String] {
        var result: [String: String] = [:]
        for name in texts.keys {
            var seen: Set<String> = []
            var queue = [name]
            while let next = queue.popLast() {
                guard seen.insert(next).inserted else { continue }
                queue += (tags[next] ?? []).filter { $0.kind == .partial || $0.kind == .parent }.map(\.name)
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

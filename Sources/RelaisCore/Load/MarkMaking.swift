import Yams

/// Yams's `Mark` has no public initialiser: it is made from a struct of the same two fields. `works` checks the
/// layout once (size, and a mark read back), so that a Yams whose `Mark` changed turns the subset reader off instead
/// of giving wrong positions.
enum MarkMaking {
    private struct Layout {
        let line: Int
        let column: Int
    }

    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast(Layout(line: line, column: column), to: Mark.self)
    }

    static let works: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<Layout>.size, MemoryLayout<Mark>.alignment == MemoryLayout<Layout>.alignment else {
            return false
        }
        let made = mark(line: 3, column: 7)
        return made.line == 3 && made.column == 7
    }()
}

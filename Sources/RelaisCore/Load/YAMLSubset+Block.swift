import Yams

// Block mappings and lists: one entry per line, nesting by indentation. Every method starts and ends at the start
// of a line (or the end), except where it says otherwise.

extension YAMLSubset {
    /// A mapping or a list whose first key or dash is at `pos`, at column `indent`.
    mutating func blockCollection(indent: Int) throws(Outside) -> Node {
        if current == YAMLByte.dash, isBlankOrEnd(at(pos + 1)) { return try blockSequence(indent: indent) }
        return try blockMapping(indent: indent)
    }

    /// `key: value` lines at column `indent`, the first one starting at `pos`.
    mutating func blockMapping(indent: Int) throws(Outside) -> Node {
        try enter()
        let mark = self.mark(at: pos)
        var pairs: [(Node, Node)] = [], keys: [String] = []
        while true {
            let (key, text, valueMark) = try blockKey()
            pairs.append((key, try blockValue(parentIndent: indent, emptyMark: valueMark, compactList: true)))
            keys.append(text)
            guard let next = skipEmptyLines(), next >= indent else { break }
            // Deeper than its keys, a line would continue a value or be an error: Yams decides.
            guard next == indent else { throw Outside() }
            pos += next
        }
        leave()
        return try mapping(pairs, keys: keys, mark: mark)
    }

    /// `- item` lines at column `indent`, the first dash at `pos`.
    mutating func blockSequence(indent: Int) throws(Outside) -> Node {
        try enter()
        let mark = self.mark(at: pos)
        var items: [Node] = []
        while true {
            pos += 1
            let emptyMark = self.mark(at: pos)
            var content = pos
            while at(content) == YAMLByte.space { content += 1 }
            // `- - x`, a list in a list on one line: left to Yams.
            if at(content) == YAMLByte.dash, isBlankOrEnd(at(content + 1)) { throw Outside() }
            if keyColon(from: content) != nil {
                // `- key: value`: a mapping whose keys line up with this first one. The line so far is spaces and
                // a dash, so its column is its offset.
                pos = content
                items.append(try blockMapping(indent: content - lineStart))
            } else {
                items.append(try blockValue(parentIndent: indent, emptyMark: emptyMark, compactList: false))
            }
            guard let next = skipEmptyLines(), next >= indent else { break }
            guard next == indent else { throw Outside() }
            // A key at the list's column ends a list written under its key without indentation (`key:` then `- a`).
            guard at(pos + next) == YAMLByte.dash, isBlankOrEnd(at(pos + next + 1)) else { break }
            pos += next
        }
        leave()
        return sequence(items, mark: mark)
    }

    /// The key at `pos` and its colon, `pos` left after the colon; the key's text, and where an empty value is
    /// placed (just after the colon, as libyaml places it).
    mutating func blockKey() throws(Outside) -> (Node, String, Mark) {
        guard let colon = keyColon(from: pos) else { throw Outside() }
        let node: Node
        let text: String
        if current == YAMLByte.quote || current == YAMLByte.apostrophe {
            (node, text) = try quotedScalar()
        } else {
            var end = colon
            while at(end - 1) == YAMLByte.space { end -= 1 }
            text = self.text(pos..<end)
            node = try scalar(text, .plain, mark(at: pos), isKey: true)
        }
        pos = colon + 1
        return (node, text, mark(at: pos))
    }

    /// The colon that ends a key starting at `from`, on the same line and followed by a space or the line's end;
    /// nil when the line holds no key there. libyaml gives up on keys over 1,024 characters: so does this.
    func keyColon(from start: Int) -> Int? {
        var index = start
        let first = at(start)
        if first == YAMLByte.quote || first == YAMLByte.apostrophe {
            guard let end = closingQuote(from: start) else { return nil }
            index = end + 1
            while at(index) == YAMLByte.space { index += 1 }
            guard at(index) == YAMLByte.colon, isBlankOrEnd(at(index + 1)) else { return nil }
        } else {
            guard Self.startsPlain(first, at(start + 1)) else { return nil }
            while true {
                let byte = at(index)
                if byte == 0 || byte == YAMLByte.newline { return nil }
                if byte == YAMLByte.colon, isBlankOrEnd(at(index + 1)) { break }
                if byte == YAMLByte.hash, at(index - 1) == YAMLByte.space { return nil }
                index += 1
            }
        }
        return index - start <= 1_000 ? index : nil
    }

    /// The value after `key:` or `- `, at `pos` on the same line. `parentIndent` is the column of the collection it
    /// belongs to; `compactList` allows a list at that same column (`key:` then `- a` lines, as YAML permits).
    mutating func blockValue(parentIndent: Int, emptyMark: Mark, compactList: Bool) throws(Outside) -> Node {
        skipSpaces()
        switch current {
        case 0, YAMLByte.newline, YAMLByte.hash:
            skipToLineEnd()
            if current == YAMLByte.newline { nextLine() }
            if let next = skipEmptyLines() {
                let first = at(pos + next)
                if next > parentIndent {
                    pos += next
                    return try blockCollection(indent: next)
                }
                if compactList, next == parentIndent, first == YAMLByte.dash, isBlankOrEnd(at(pos + next + 1)) {
                    pos += next
                    return try blockSequence(indent: next)
                }
            }
            return try scalar("", .plain, emptyMark)
        case YAMLByte.pipe, YAMLByte.greater:
            return try blockScalar(parentIndent: parentIndent)
        case YAMLByte.quote, YAMLByte.apostrophe:
            let (node, _) = try quotedScalar()
            try finishLine()
            try checkNoContinuation(parentIndent: parentIndent)
            return node
        case YAMLByte.openBracket, YAMLByte.openBrace:
            let node = try flowCollection()
            try finishLine()
            try checkNoContinuation(parentIndent: parentIndent)
            return node
        default:
            let node = try plainLine()
            try checkNoContinuation(parentIndent: parentIndent)
            return node
        }
    }

    /// After a one-line value, the next line with content must not be indented deeper than the value's collection:
    /// it would continue a plain text over several lines, or be an error. Blank lines are looked through; `pos` stays.
    func checkNoContinuation(parentIndent: Int) throws(Outside) {
        var index = pos
        while index < bytes.count {
            var first = index
            while at(first) == YAMLByte.space { first += 1 }
            guard at(first) == YAMLByte.newline else {
                if at(first) != 0, first - index > parentIndent { throw Outside() }
                return
            }
            index = first + 1
        }
    }
}

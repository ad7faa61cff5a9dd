import Yams

// Flow lists and groups, `[a, b]` and `{ key: value }`, closed on the line they open: the forms front matter uses.

extension YAMLSubset {
    /// A flow collection, `pos` at its `[` or `{`, left after the closing bracket.
    mutating func flowCollection() throws(Outside) -> Node {
        try enter()
        let mark = self.mark(at: pos)
        let isList = current == YAMLByte.openBracket
        let close = isList ? YAMLByte.closeBracket : YAMLByte.closeBrace
        var items: [Node] = [], pairs: [(Node, Node)] = [], keys: [String] = []
        pos += 1
        skipSpaces()
        if current == close {
            pos += 1
        } else {
            while true {
                if isList {
                    items.append(try flowNode())
                } else {
                    let (key, text) = try flowScalar(isKey: true)
                    skipSpaces()
                    // `key: value`, the colon followed by a space: other forms (`{a}`, `{"a":1}`) go to Yams.
                    guard current == YAMLByte.colon, at(pos + 1) == YAMLByte.space else { throw Outside() }
                    pos += 1
                    skipSpaces()
                    guard current != YAMLByte.comma, current != close else { throw Outside() }
                    pairs.append((key, try flowNode()))
                    keys.append(text)
                }
                skipSpaces()
                if current == close {
                    pos += 1
                    break
                }
                // A comma before the closing bracket, or anything else, goes to Yams.
                guard current == YAMLByte.comma else { throw Outside() }
                pos += 1
                skipSpaces()
                if current == close { throw Outside() }
            }
        }
        leave()
        return isList ? sequence(items, mark: mark) : try mapping(pairs, keys: keys, mark: mark)
    }

    private mutating func flowNode() throws(Outside) -> Node {
        if current == YAMLByte.openBracket || current == YAMLByte.openBrace { return try flowCollection() }
        return try flowScalar().0
    }

    /// A quoted or plain scalar inside brackets, with its text.
    private mutating func flowScalar(isKey: Bool = false) throws(Outside) -> (Node, String) {
        if current == YAMLByte.quote || current == YAMLByte.apostrophe { return try quotedScalar() }
        guard Self.startsPlain(current, at(pos + 1)) else { throw Outside() }
        let start = pos
        let mark = self.mark(at: start)
        var end = start
        scan: while true {
            switch current {
            case 0, YAMLByte.newline: throw Outside()
            case YAMLByte.comma, YAMLByte.openBracket, YAMLByte.closeBracket, YAMLByte.openBrace, YAMLByte.closeBrace: break scan
            case YAMLByte.colon:
                let next = at(pos + 1)
                if isBlankOrEnd(next) { break scan }
                // libyaml refuses `x:` before a flow indicator.
                if next == YAMLByte.comma || next == UInt8(ascii: "?") || next == YAMLByte.openBracket || next == YAMLByte.closeBracket
                    || next == YAMLByte.openBrace || next == YAMLByte.closeBrace { throw Outside() }
                end = pos + 1
            // A comment would run to the end of the line, leaving the brackets open: Yams reads on.
            case YAMLByte.hash where at(pos - 1) == YAMLByte.space: throw Outside()
            case YAMLByte.space: break
            default: end = pos + 1
            }
            pos += 1
        }
        let text = self.text(start..<end)
        return (try scalar(text, .plain, mark, isKey: isKey), text)
    }
}

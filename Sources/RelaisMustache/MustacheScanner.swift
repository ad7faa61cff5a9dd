/// Reads a template's bytes into text and tags, following delimiter changes, with each tag's position.
/// Text is cut at every line end, so that the parser can see which tags stand alone on their line.
struct MustacheScanner {
    enum TagKind: Sendable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters

        /// Tags that, alone on a line with blanks, take the whole line away with them (Mustache's standalone rule).
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            default: true
            }
        }
    }

    struct Tag {
        let kind: TagKind
        let name: String
        let line: Int
        let column: Int
        /// Alone on its line: the line's blanks and end are not output.
        var standsAlone = false
        /// The blanks before a standalone tag: a partial's indentation.
        var indentation: [UInt8] = []
    }

    enum Piece {
        /// Never holds a line end except as its last byte.
        case text(ArraySlice<UInt8>)
        case tag(Tag)
    }

    static func scan(_ bytes: [UInt8]) throws(MustacheSyntaxError) -> [Piece] {
        var pieces: [Piece] = []
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var index = 0, textStart = 0, line = 1, lineStart = 0

        func matches(_ delimiter: [UInt8], at position: Int) -> Bool {
            guard position + delimiter.count <= bytes.count else { return false }
            for offset in delimiter.indices where bytes[position + offset] != delimiter[offset] { return false }
            return true
        }
        func column(of position: Int) -> Int {
            1 + bytes[lineStart..<position].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }

        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                pieces.append(.text(bytes[textStart...index]))
                index += 1
                textStart = index
                line += 1
                lineStart = index
                continue
            }
            guard matches(open, at: index) else { index += 1; continue }
            if textStart < index { pieces.append(.text(bytes[textStart..<index])) }
            let (tagLine, tagColumn) = (line, column(of: index))
            let start = index + open.count
            let isTriple = open == Array("{{".utf8) && start < bytes.count && bytes[start] == UInt8(ascii: "{")
            let closing = isTriple ? [UInt8(ascii: "}")] + close : close
            guard let end = (start..<bytes.count).first(where: { matches(closing, at: $0) }) else {
                throw MustacheSyntaxError(problem: .unclosedTag, line: tagLine, column: tagColumn)
            }
            // A comment may run over several lines.
            for position in start..<end where bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            index = end + closing.count
            textStart = index
            var content = bytes[start..<end]
            let sigil = content.first
            if isTriple { content = content.dropFirst() }

            let kind: TagKind
            switch sigil {
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: "="):
                let inner = content.dropFirst()
                guard inner.last == UInt8(ascii: "=") else {
                    throw MustacheSyntaxError(problem: .invalidDelimiters, line: tagLine, column: tagColumn)
                }
                let parts = inner.dropLast().split(whereSeparator: { $0 == 32 || $0 == 9 })
                guard parts.count == 2, !parts[0].contains(UInt8(ascii: "=")), !parts[1].contains(UInt8(ascii: "=")) else {
                    throw MustacheSyntaxError(problem: .invalidDelimiters, line: tagLine, column: tagColumn)
                }
                open = Array(parts[0])
                close = Array(parts[1])
                kind = .delimiters
            case UInt8(ascii: "%"): throw MustacheSyntaxError(problem: .unsupportedPragma, line: tagLine, column: tagColumn)
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            case UInt8(ascii: "&"): kind = .unescaped
            default: kind = isTriple ? .unescaped : .variable
            }
            var name = ""
            if kind != .comment, kind != .delimiters {
                let body = (kind == .variable || isTriple) ? content : content.dropFirst()
                name = String(decoding: body, as: UTF8.self).trimmingBlanks()
                guard isValid(name, allowingSlash: kind == .partial || kind == .parent || kind == .close) else {
                    throw MustacheSyntaxError(problem: .invalidName(name), line: tagLine, column: tagColumn)
                }
            }
            pieces.append(.tag(Tag(kind: kind, name: name, line: tagLine, column: tagColumn)))
        }
        if textStart < bytes.count { pieces.append(.text(bytes[textStart...])) }
        return markStandaloneLines(pieces)
    }

    /// A line holding one tag that can stand alone and otherwise only blanks loses its blanks and its line end.
    private static func markStandaloneLines(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var lineStart = 0
        while lineStart < pieces.count {
            var lineEnd = lineStart
            while lineEnd < pieces.count {
                lineEnd += 1
                if case .text(let text) = pieces[lineEnd - 1], text.last == UInt8(ascii: "\n") { break }
            }
            let line = pieces[lineStart..<lineEnd]
            var tags: [Int] = []
            var blank = true
            for position in line.indices {
                switch line[position] {
                case .tag: tags.append(position)
                case .text(let text): if !text.allSatisfy(isBlank) { blank = false }
                }
            }
            if blank, tags.count == 1, case .tag(var tag) = pieces[tags[0]], tag.kind.canStandAlone {
                tag.standsAlone = true
                if tags[0] > lineStart, case .text(let indentation) = pieces[lineStart] { tag.indentation = Array(indentation) }
                result.append(.tag(tag))
            } else {
                result.append(contentsOf: line)
            }
            lineStart = lineEnd
        }
        return result
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }

    /// Letters, digits, `. - _ ?` (and `/` in template names): what swift-mustache and the template check accept.
    private static func isValid(_ name: String, allowingSlash: Bool) -> Bool {
        guard !name.isEmpty else { return false }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"): true
            case UInt8(ascii: "/"): allowingSlash
            default: false
            }
        }
    }
}

extension String {
    fileprivate func trimmingBlanks() -> String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r"]
        guard let first = firstIndex(where: { !blanks.contains($0) }), let last = lastIndex(where: { !blanks.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}

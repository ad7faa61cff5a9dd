#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts links back where they start in the source.
///
/// cmark 0.30's block positions are right, but its inline positions drift inside a paragraph:
/// a newline inside a code span, raw HTML, a link destination or after a backslash hard break is not
/// counted (later lines are reported one line up), a link whose text wraps gets its closing line with
/// its opening column, stripped indentation on continuation lines is not counted, and autolinks in
/// containers ignore the container's indentation. So each position cmark gives is checked against the
/// source (a link starts with `[` or `<`, an image with `![`) and, when wrong, the opener is looked for
/// in the lines of the enclosing paragraph or heading, after the previous link of that block.
struct LinkPositions {
    private let source: UnsafeBufferPointer<UInt8>
    /// Byte offset where each line starts; line ends are `\n`, `\r\n` or `\r`, as for cmark.
    private let lineStarts: [Int]

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        var starts = [0]
        guard let base = source.baseAddress else {
            lineStarts = starts
            return
        }
        let count = source.count
        if memchr(base, 0x0D, count) == nil {
            // The usual case, \n only: memchr is several times faster than a byte loop.
            var from = 0
            while from < count, let found = memchr(base + from, 0x0A, count - from) {
                from = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(from)
            }
        } else {
            var index = 0
            while index < count {
                let byte = source[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, source[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        lineStarts = starts
    }

    /// Byte offset of the first position a link of the block starting at (line, column) can have.
    func blockStart(line: Int, column: Int) -> Int {
        guard let offset = offset(line: line, column: column) else {
            return lineRange(line)?.lowerBound ?? 0
        }
        return offset
    }

    /// Where the link cmark reports at (line, column) starts, given the lines of its block and the
    /// smallest offset it can have (just after the previous link of the block, or the block's start).
    func locate(line: Int, column: Int, isImage: Bool, blockLines: ClosedRange<Int>, from minimum: Int)
        -> (line: Int, column: Int, offset: Int)?
    {
        if let offset = offset(line: line, column: column), offset >= minimum,
           isOpener(at: offset, isImage: isImage)
        {
            return (line, column, offset)
        }
        var sameColumn: (Int, Int, Int)?
        var laterOnSameLine: (Int, Int, Int)?
        var first: (Int, Int, Int)?
        let lastLine = min(blockLines.upperBound, lineStarts.count)
        var candidateLine = max(blockLines.lowerBound, 1)
        while candidateLine <= lastLine, sameColumn == nil {
            if let range = lineRange(candidateLine) {
                var offset = max(range.lowerBound, minimum)
                while offset < range.upperBound {
                    if isOpener(at: offset, isImage: isImage) {
                        let found = (candidateLine, offset - range.lowerBound + 1, offset)
                        if found.1 == column {
                            sameColumn = found
                            break
                        }
                        if candidateLine == line, found.1 > column, laterOnSameLine == nil { laterOnSameLine = found }
                        if first == nil { first = found }
                    }
                    offset += 1
                }
            }
            candidateLine += 1
        }
        guard let best = sameColumn ?? laterOnSameLine ?? first else { return nil }
        return (best.0, best.1, best.2)
    }

    /// The first place at or after `minimum`, and before the end of `lastLine`, where `needle` is written: for pieces
    /// of text, which never span a line.
    func find(_ needle: [UInt8], from minimum: Int, throughLine lastLine: Int) -> (line: Int, column: Int, offset: Int)? {
        guard let first = needle.first, let range = lineRange(min(max(lastLine, 1), lineStarts.count)) else { return nil }
        var offset = max(minimum, 0)
        while offset + needle.count <= range.upperBound {
            if source[offset] == first, needle.indices.allSatisfy({ source[offset + $0] == needle[$0] }) {
                // The last line starting at or before the offset.
                var low = 0, high = lineStarts.count - 1
                while low < high {
                    let middle = (low + high + 1) / 2
                    if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
                }
                return (low + 1, offset - lineStarts[low] + 1, offset)
            }
            offset += 1
        }
        return nil
    }

    /// The byte offsets of a line's content, its line ending excluded.
    private func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : source.count
        if end > start, source[end - 1] == 0x0A { end -= 1 }
        if end > start, source[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    private func offset(line: Int, column: Int) -> Int? {
        guard column >= 1, let range = lineRange(line) else { return nil }
        let offset = range.lowerBound + column - 1
        return offset < range.upperBound ? offset : nil
    }

    /// `[` or an autolink's `<` for a link, `![` for an image, not escaped by a backslash.
    private func isOpener(at offset: Int, isImage: Bool) -> Bool {
        let byte = source[offset]
        if isImage {
            guard byte == UInt8(ascii: "!"), offset + 1 < source.count,
                  source[offset + 1] == UInt8(ascii: "[") else { return false }
        } else if byte == UInt8(ascii: "<") {
            guard looksLikeAutolink(at: offset) else { return false }
        } else {
            guard byte == UInt8(ascii: "[") else { return false }
        }
        var backslashes = 0
        var before = offset - 1
        while before >= 0, source[before] == UInt8(ascii: "\\") {
            backslashes += 1
            before -= 1
        }
        return backslashes % 2 == 0
    }

    /// `<scheme:…>` or `<name@domain>`: no space, newline or `<` before the `>`, and a `:` or `@`,
    /// so that raw HTML such as `<span` or `</b>` is not taken for a link.
    private func looksLikeAutolink(at offset: Int) -> Bool {
        var index = offset + 1
        var marked = false
        while index < source.count {
            switch source[index] {
            case UInt8(ascii: ">"):
                return marked
            case UInt8(ascii: ":"), UInt8(ascii: "@"):
                marked = true
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "<"):
                return false
            default:
                break
            }
            index += 1
        }
        return false
    }
}

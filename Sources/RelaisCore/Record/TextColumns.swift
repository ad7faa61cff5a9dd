/// Character columns from cmark's byte columns, for positions met in document order.
///
/// Each query walks on from the previous one instead of from the start of its line: a text of one long line
/// with thousands of links costs one walk, not one per link (which was quadratic).
struct TextColumns {
    private let bytes: [UInt8]
    /// Byte offset where each line starts (line 1 at index 0).
    private var lineStarts: [Int]?
    private var cursor = (line: 0, byte: 0, characters: 0)

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func characterColumn(line: Int, byteColumn: Int) -> Int {
        let starts = lineStarts ?? Self.lineStarts(of: bytes)
        lineStarts = starts
        guard line >= 1, line <= starts.count else { return byteColumn }
        let lineStart = starts[line - 1]
        let lineEnd = line < starts.count ? starts[line] - 1 : bytes.count
        let target = min(lineStart + max(0, byteColumn - 1), lineEnd)
        if cursor.line != line || cursor.byte > target { cursor = (line, lineStart, 0) }
        cursor.characters += String(decoding: bytes[cursor.byte..<target], as: UTF8.self).count
        cursor.byte = target
        return cursor.characters + 1
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        return starts
    }
}

import Foundation

/// CSV as RFC 4180 writes it: comma separator, CRLF after every record, a field quoted when it holds a comma,
/// a double quote, a CR or a LF, its double quotes doubled. Line breaks inside a quoted field are kept as written.
///
/// Spreadsheets read a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
/// (CSV injection); such a text cell is prefixed with `'`, which spreadsheets take as "this is text" and hide.
/// A phone number `+33…` written as text is prefixed too: harmless, and the number stays readable.
struct CSVWriter: Sendable {
    static let separator = ","
    static let lineEnd = "\r\n"
    /// The first characters spreadsheets take as the start of a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The file as UTF-8 bytes: 10,000 rows are appended without growing a String.
    private(set) var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The rows written so far, handed over and forgotten: a long file is written row by row.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    mutating func appendRow(_ cells: [CSVCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendField(cell, to: &bytes)
        }
        bytes.append(contentsOf: Self.lineEnd.utf8)
    }

    mutating func appendRow(texts: [String]) {
        appendRow(texts.map(CSVCell.text))
    }

    /// Appends a cell as it is written between separators, with no string made on the way (10,000 descriptions of
    /// some 6 KB each).
    static func appendField(_ cell: CSVCell, to output: inout [UInt8]) {
        switch cell {
        case .text(let value): appendQuoted(defused(value), to: &output)
        // Decimal's description is plain ASCII digits, `-` and `.`: nothing to quote or defuse.
        case .number(let value): output += value.description.utf8
        }
    }

    /// The text with `'` in front when a spreadsheet would run it as a formula.
    static func defused(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// Appends the text, between double quotes with its own quotes doubled when it holds a separator, a quote or a
    /// line break. Byte by byte: `"` is one byte that no multi-byte UTF-8 sequence holds, so a quote followed by a
    /// combining mark (one Character) is still doubled.
    static func appendQuoted(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
                output.append(contentsOf: bytes)
                return
            }
            output.append(0x22)
            var start = 0
            for index in bytes.indices where bytes[index] == 0x22 {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                output.append(0x22)
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            output.append(0x22)
        }
    }
}

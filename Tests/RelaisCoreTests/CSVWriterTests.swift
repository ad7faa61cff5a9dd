import Foundation
@testable import RelaisCore
import Testing

/// `CSVWriter` byte by byte: RFC 4180 quoting and CRLF records, and formulas defused for spreadsheets.
@Suite("CSV writer")
struct CSVWriterTests {
    private func bytes(_ rows: [[CSVCell]]) -> [UInt8] {
        var writer = CSVWriter()
        for row in rows { writer.appendRow(row) }
        return Array(writer.text.utf8)
    }

    private func bytes(texts rows: [[String]]) -> [UInt8] { bytes(rows.map { $0.map(CSVCell.text) }) }

    @Test func plainCellsAreWrittenAsTheyAreWithCRLFAfterEachRecord() {
        #expect(bytes(texts: [["id", "titre"], ["a", "Prêt d’honneur"]]) == Array("id,titre\r\na,Prêt d’honneur\r\n".utf8))
        #expect(bytes(texts: [["", "x", ""]]) == Array(",x,\r\n".utf8))
    }

    @Test func separatorsQuotesAndLineBreaksAreQuoted() {
        #expect(bytes(texts: [["a,b"]]) == Array("\"a,b\"\r\n".utf8))
        #expect(bytes(texts: [["dit \"oui\""]]) == Array("\"dit \"\"oui\"\"\"\r\n".utf8))
        #expect(bytes(texts: [["un\r\ndeux"]]) == Array("\"un\r\ndeux\"\r\n".utf8))
        #expect(bytes(texts: [["un\ndeux"]]) == Array("\"un\ndeux\"\r\n".utf8))
        #expect(bytes(texts: [["un\rdeux"]]) == Array("\"un\rdeux\"\r\n".utf8))
        // A quote followed by a combining accent is one Character but still a quote to a CSV reader.
        #expect(bytes(texts: [["a\"\u{301}b"]]) == Array("\"a\"\"\u{301}b\"\r\n".utf8))
        #expect(bytes(texts: [["a;b|c'd"]]) == Array("a;b|c'd\r\n".utf8))
    }

    @Test func formulaStartsGetAQuotePrefix() {
        #expect(bytes(texts: [["=1+1"]]) == Array("'=1+1\r\n".utf8))
        #expect(bytes(texts: [["+33199000000"]]) == Array("'+33199000000\r\n".utf8))
        #expect(bytes(texts: [["-2+3"]]) == Array("'-2+3\r\n".utf8))
        #expect(bytes(texts: [["@SUM(A1)"]]) == Array("'@SUM(A1)\r\n".utf8))
        #expect(bytes(texts: [["\tx"]]) == Array("'\tx\r\n".utf8))
        #expect(bytes(texts: [["\rx"]]) == Array("\"'\rx\"\r\n".utf8))
        #expect(bytes(texts: [["=HYPERLINK(\"http://x\",\"y\")"]]) == Array("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n".utf8))
        // Only the first character counts: inside a cell the signs are plain text.
        #expect(bytes(texts: [["a=1", " =1", "x-y"]]) == Array("a=1, =1,x-y\r\n".utf8))
    }

    @Test func numbersAreNeverDefused() {
        #expect(bytes([[.number(-2), .number(Decimal(string: "4.5") ?? 0), .number(15000), .text("-2")]]) == Array("-2,4.5,15000,'-2\r\n".utf8))
    }
}

import Foundation
@testable import RelaisCore
import Testing

/// RFC 5545's line rules and TEXT escaping, checked byte by byte.
@Suite("iCalendar writer")
struct ICalendarWriterTests {
    /// The folded line's octets, compared as octets (String equality would ignore normalisation).
    private func folded(_ line: String) -> [UInt8] { Array(ICalendarWriter.fold(line).utf8) }
    private func octets(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\r\n").utf8) }

    @Test func aLineOf75OctetsIsNotFolded() {
        let line = String(repeating: "a", count: 75)
        #expect(folded(line) == Array(line.utf8))
    }

    @Test func longLinesAreFoldedAt75OctetsWithOneLeadingSpace() {
        #expect(folded(String(repeating: "a", count: 200))
            == octets([String(repeating: "a", count: 75), " " + String(repeating: "a", count: 74), " " + String(repeating: "a", count: 51)]))
    }

    /// A character that would straddle octet 75 moves whole to the next line.
    @Test(arguments: [
        ("é", 2), // U+00E9, two octets
        ("’", 3), // U+2019, three octets
        ("😀", 4), // U+1F600, four octets
    ])
    func aMultiByteCharacterAtTheBoundaryIsNeverSplit(character: String, size: Int) {
        // Fits exactly: 75 octets.
        let fitting = String(repeating: "x", count: 75 - size) + character
        #expect(fitting.utf8.count == 75 && folded(fitting) == Array(fitting.utf8))
        // One octet more: the character starts the continuation line, whole.
        let over = String(repeating: "x", count: 76 - size) + character + "y"
        #expect(folded(over) == octets([String(repeating: "x", count: 76 - size), " " + character + "y"]))
    }

    @Test func continuationLinesCountTheirSpace() {
        // 75 octets of "a", then a space and 37 "é" (74 octets): 75 again.
        let line = String(repeating: "a", count: 75) + String(repeating: "é", count: 40)
        let second = " " + String(repeating: "é", count: 37)
        #expect(second.utf8.count == 75)
        #expect(folded(line) == octets([String(repeating: "a", count: 75), second, " " + String(repeating: "é", count: 3)]))
    }

    @Test func everyFoldedLineIsShortValidAndUnfoldsToTheOriginal() {
        let line = "DESCRIPTION:" + String(repeating: "Réunion d’information 🇫🇷 à Saint-Pierre ; ", count: 12)
        let output = ICalendarWriter.fold(line)
        var pieces: [[UInt8]] = [[]]
        for byte in output.utf8 {
            if byte == UInt8(ascii: "\n"), pieces[pieces.count - 1].last == UInt8(ascii: "\r") {
                pieces[pieces.count - 1].removeLast()
                pieces.append([])
            } else {
                pieces[pieces.count - 1].append(byte)
            }
        }
        #expect(pieces.count > 5)
        for piece in pieces {
            #expect(piece.count <= 75)
            // Each physical line decodes on its own: no UTF-8 sequence was cut.
            #expect(String(validating: piece, as: UTF8.self) != nil)
        }
        #expect(pieces.dropFirst().allSatisfy { $0.first == UInt8(ascii: " ") })
        #expect(pieces[0] + pieces.dropFirst().flatMap { $0.dropFirst() } == Array(line.utf8))
    }

    @Test func textEscapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarWriter.escapeText(#"a\b;c,d:e"f"#) == #"a\\b\;c\,d:e"f"#)
        #expect(ICalendarWriter.escapeText("un\ndeux\r\ntrois\rquatre") == #"un\ndeux\ntrois\nquatre"#)
        // Other control characters cannot be written in TEXT; a tab can.
        #expect(ICalendarWriter.escapeText("a\u{07}b\tc\u{7F}") == "ab\tc")
        #expect(ICalendarWriter.escapeText("</script><!--") == "</script><!--")
    }

    @Test func writerEndsEveryLineWithCRLFAndEscapesText() {
        var writer = ICalendarWriter()
        writer.begin("VEVENT")
        writer.text("SUMMARY", "Atelier ; emploi, formation \\ 2023\r\nSuite")
        writer.value("DTSTART", "20221201T133000", [.init(name: "TZID", value: "Europe/Paris")])
        writer.value("URL", "https://example.org/a\r\nb")
        writer.end("VEVENT")
        #expect(writer.output == "BEGIN:VEVENT\r\nSUMMARY:Atelier \\; emploi\\, formation \\\\ 2023\\nSuite\r\n"
            + "DTSTART;TZID=Europe/Paris:20221201T133000\r\nURL:https://example.org/ab\r\nEND:VEVENT\r\n")
    }

    @Test func parameterValuesWithSeparatorsAreQuoted() {
        #expect(ICalendarWriter.parameterValue("Europe/Paris") == "Europe/Paris")
        #expect(ICalendarWriter.parameterValue("Salle: A; B, \"C\"") == "\"Salle: A; B, C\"")
    }

    @Test func parisTimeZoneFollowsTheEuropeanRules() {
        var writer = ICalendarWriter()
        writer.timeZone(TimeZoneRules.named("Europe/Paris")!)
        #expect(writer.output == """
            BEGIN:VTIMEZONE\r
            TZID:Europe/Paris\r
            BEGIN:DAYLIGHT\r
            DTSTART:19700329T020000\r
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
            TZOFFSETFROM:+0100\r
            TZOFFSETTO:+0200\r
            TZNAME:CEST\r
            END:DAYLIGHT\r
            BEGIN:STANDARD\r
            DTSTART:19701025T030000\r
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0100\r
            TZNAME:CET\r
            END:STANDARD\r
            END:VTIMEZONE\r

            """)
    }

    @Test func miquelonFollowsTheNorthAmericanRules() {
        var writer = ICalendarWriter()
        writer.timeZone(TimeZoneRules.named("America/Miquelon")!)
        let lines = writer.output.components(separatedBy: "\r\n")
        // 1970: second Sunday of March is the 8th, first Sunday of November the 1st.
        #expect(lines.contains("DTSTART:19700308T020000"))
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"))
        #expect(lines.contains("DTSTART:19701101T020000"))
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"))
        #expect(lines.contains("TZOFFSETFROM:-0300") && lines.contains("TZOFFSETTO:-0200"))
    }

    @Test func aZoneWithoutSummerTimeHasOneStandardBlock() {
        var writer = ICalendarWriter()
        writer.timeZone(TimeZoneRules.named("Pacific/Noumea")!)
        #expect(writer.output == "BEGIN:VTIMEZONE\r\nTZID:Pacific/Noumea\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            + "TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1100\r\nTZNAME:+11\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")
    }
}

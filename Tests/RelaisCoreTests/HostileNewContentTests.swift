import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// `relais new` with titles pasted from anywhere: the file it writes reads back with every key on the line it is on.
@Suite("relais new with hostile titles")
struct HostileNewContentTests {
    /// The line and the message of each diagnostic of a file made by `relais new` with this title.
    func diagnostics(title: String) async throws -> [String] {
        let site = try TestSite()
        defer { site.remove() }
        let date = try #require(CalendarDate(iso: "2023-06-15"))
        let file = NewContentFile(kind: .aid, title: title, date: date)
        _ = try file.write(contentPath: site.content)
        let report = await site.build(writes: false)
        let path = try #require(file.relativePath)
        // The title's own line (3) may be warned about, for the separator itself: the keys below it are what matter.
        return site.lines(report).filter { $0.hasPrefix(path) && !$0.hasPrefix(path + ":3:") }.map { $0.replacingOccurrences(of: path, with: "") }
    }

    /// U+2028 and U+2029 (line and paragraph separators, pasted from a word processor or a web page) end a line for
    /// YAML 1.1, not for editors: written as they are, every key below the title was reported one line too low.
    @Test(arguments: ["Ligne\u{2028}séparée", "Paragraphe\u{2029}séparé"])
    func separatorsInTheTitleDoNotShiftTheLines(_ title: String) async throws {
        let date = try #require(CalendarDate(iso: "2023-06-15"))
        let text = NewContentFile(kind: .aid, title: title, date: date).text(contentPath: "/nulle-part")
        #expect(!text.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
        let plain = try await diagnostics(title: "Ligne ordinaire")
        let hostile = try await diagnostics(title: title)
        #expect(!plain.isEmpty)
        #expect(hostile.map { $0.prefix(while: { $0 != " " }) } == plain.map { $0.prefix(while: { $0 != " " }) })
    }

    /// A title of 600 characters gave a file name over the 255 bytes a file system allows, and `relais new` failed with
    /// an English system message. The name is now cut after a word.
    @Test func aVeryLongTitleGivesAFileNameTheSystemAccepts() throws {
        let site = try TestSite()
        defer { site.remove() }
        let date = try #require(CalendarDate(iso: "2023-06-15"))
        let file = NewContentFile(kind: .news, title: String(repeating: "Très long titre ", count: 40), date: date)
        let path = try #require(file.relativePath)
        #expect(path == "actualites/2023-06-15-" + Array(repeating: "tres-long-titre", count: 7).joined(separator: "-") + "-tres.md")
        #expect(try file.write(contentPath: site.content).hasSuffix(path))
        let word = NewContentFile(kind: .aid, title: String(repeating: "a", count: 300), date: date)
        #expect(word.relativePath == "aides/" + String(repeating: "a", count: 120) + ".md")
    }
}

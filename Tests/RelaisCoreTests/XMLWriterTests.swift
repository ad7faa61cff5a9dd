import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The one XML writer of the feed and the sitemaps: values escaped, forbidden characters dropped.
@Suite("XML writer")
struct XMLWriterTests {
    @Test func textAndAttributesAreEscaped() {
        #expect(XMLWriter.escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        #expect(XMLWriter.escape("ligne\nsuite\ttab\rretour") == "ligne\nsuite\ttab&#13;retour")
        #expect(XMLWriter.escape("ligne\nsuite\ttab", inAttribute: true) == "ligne&#10;suite&#9;tab")
    }

    /// XML 1.0 forbids control characters but tab, line feed and carriage return, and U+FFFE, U+FFFF.
    @Test func charactersXMLForbidsAreDropped() {
        #expect(XMLWriter.escape("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i\u{7F}j\u{9F}k") == "abcdefghijk")
        #expect(XMLWriter.escape("é ’ « » 🇫🇷 \u{202F}") == "é ’ « » 🇫🇷 \u{202F}")
    }

    @Test func documentIsIndentedAndClosed() {
        var xml = XMLWriter()
        xml.start("racine", [("xmlns", "urn:x"), ("a", "1 < 2")])
        xml.element("vide", [("b", "\"")])
        xml.element("texte", text: "x & y")
        #expect(xml.finish() == "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<racine xmlns=\"urn:x\" a=\"1 &lt; 2\">\n  <vide b=\"&quot;\"/>\n  <texte>x &amp; y</texte>\n</racine>\n")
    }

    /// Read back by lxml: a hostile URL comes out as written, less what XML cannot hold.
    @Test func hostileValuesParseBackAsText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sitemap.xml")
        let hostile = "https://example.org/a&b<c>]]>\"'\u{1}\u{FFFF}/"
        try Data(SitemapWriter.urlSet([SitemapEntry(url: hostile, lastModified: CalendarDate(iso: "2023-01-02"))]).utf8).write(to: file)
        let sitemap = try SitemapReading.read(file.path)
        #expect(sitemap.entries == [SitemapReading.Entry(loc: "https://example.org/a&b<c>]]>\"'/", lastmod: "2023-01-02")])
    }
}

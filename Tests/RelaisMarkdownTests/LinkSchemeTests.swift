import Testing
@testable import RelaisMarkdown

/// The scheme read on the bytes of a plain ASCII destination must be the one read with entities decoded and every
/// scalar looked at: it decides which links are published without their address.
@Suite struct LinkSchemeTests {
    static let destinations = [
        "https://example.org/a", "HTTPS://example.org", "../aides/x.md#etape:2", "/aides/x/", "#ancre", "", ":", "a:",
        "javascript:alert(1)", " java\tscript :x", "JaVaScRiPt:x", "java\u{7F}script:x", "vbscript:x", "file:///etc/passwd",
        "data:image/png;base64,AA", "data:text/html,x", "mailto:a@example.org", "tel:+33199000000", "?q=a:b", "a/b:c",
        "javascript&#58;alert(1)", "javascript&colon;x", "&#106;avascript:x", "jav&#x61;script:x", "é:x", "javascripté:x",
        "javascript\u{A0}:x", "\u{2028}javascript:x", "java script:x", "x#y:z",
    ]

    @Test(arguments: destinations)
    func theQuickReadingGivesTheSchemeOfTheFullOne(_ destination: String) {
        #expect(RawHTMLAllowList.scheme(of: destination) == RawHTMLAllowList.decodedScheme(of: destination))
    }

    @Test func dangerousSchemesAreFoundEitherWay() {
        for destination in ["javascript:alert(1)", " JavaScript :x", "javascript&#58;x", "vbscript:x", "file:///x", "data:text/html,x"] {
            #expect(RawHTMLAllowList.isDangerousLink(destination), "\(destination)")
        }
        for destination in ["https://example.org", "../aides/x.md", "data:image/png;base64,AA", "mailto:a@example.org"] {
            #expect(!RawHTMLAllowList.isDangerousLink(destination), "\(destination)")
        }
    }
}

@testable import RelaisCore
import Testing

/// The aid a Markdown link leads to, for the warning on links to aids closed long ago: found from site paths and
/// relative content paths, with or without an anchor, and never from another site's address.
@Suite("Links to aids in Markdown")
struct MarkdownAidLinkTests {
    @Test(arguments: [
        ("../aides/pret-rebond.md", "pret-rebond"),
        ("../aides/pret-rebond.md#montants", "pret-rebond"),
        ("../aides/pret-rebond.md#etape:2", "pret-rebond"),
        ("/aides/pret-rebond/", "pret-rebond"),
        ("/aides/pret-rebond/#qui", "pret-rebond"),
        // Odd spellings that still lead to the aid (empty segments are skipped), before and after the quick exit.
        ("../aides/pret-rebond.md/", "pret-rebond"), ("/x/aides/pret-rebond.md", "pret-rebond"), ("aides/pret-rebond.md", "pret-rebond"),
        ("/aides//pret-rebond", "pret-rebond"), ("..//aides//pret-rebond.md#a.md", "pret-rebond"),
    ])
    func linksToAnAidNameIt(destination: String, id: String) {
        #expect(MarkdownBodies.aidId(destination) == id)
    }

    @Test(arguments: [
        "https://example.org/aides/pret-rebond.md", "mailto:contact@example.org", "//example.org:8080/aides/pret-rebond.md",
        "../evenements/forum.md", "#montants", "../aides/", "c:/aides/pret-rebond.md",
        "/aides", "../aides/pret-rebond.mdown", "../aide/pret-rebond.md", "../aides/pret-rebond#x.md", "/evenements/forum/",
    ])
    func otherLinksNameNoAid(destination: String) {
        #expect(MarkdownBodies.aidId(destination) == nil)
    }
}

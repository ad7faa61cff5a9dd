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

/// The quick reading of `../kind/name.md` must give the segments the general walk of a relative link gives.
@Suite("Relative links between contents")
struct SiblingPathTests {
    /// The general walk of `MarkdownBodies.resolve`: segments of the folder, then `.` skipped and `..` going up.
    static func walk(_ path: String, from folder: String) -> [String]? {
        var segments = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if segments.isEmpty { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments
    }

    @Test(arguments: ["aides", "pages", "", "a/b"])
    func theQuickReadingIsTheWalk(folder: String) {
        let paths = ["../aides/x.md", "../evenements/forum.md", "../media/plan.pdf", "../aides/", "../aides", "../../aides/x.md",
                     "../aides//x.md", "..//aides/x.md", "../aides/x.md/", "../aides/sous/x.md", "../../x.md", "../x.md", "../.",
                     "../../", "../aides/..", "../aides/.", "../ ./x.md", "../é/ü.md", "aides/x.md", "./x.md", "x.md", "../"]
        var quick = 0
        for path in paths {
            guard let sibling = MarkdownBodies.siblingPath(path, from: folder) else { continue }
            quick += 1
            #expect(sibling == Self.walk(path, from: folder), "\(path) from \(folder)")
        }
        #expect(quick >= (folder.isEmpty || folder.contains("/") ? 0 : 5))
    }
}

import Foundation
import RelaisCore
import Testing

/// Active files in `media/` are refused (the corpus shows each shape); the build option publishes them.
@Suite("Active content in media")
struct ActiveMediaTests {
    @Test func optionPublishesActiveMedia() async throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect/></svg>\n"
        let site = try TestSite(["media/anime.svg": svg, "media/demo.html": "<p>démo</p>\n"])
        defer { site.remove() }
        #expect(await site.build().succeeded == false)
        var options = site.options()
        options.allowsActiveMedia = true
        #expect(await BuildPipeline(options: options).run().succeeded)
        #expect(try site.page("media/anime.svg") == svg)
    }

    @Test func passiveSVGIsPublished() async throws {
        // Words that look like handlers in text are not attributes.
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Carte des lieux</title><text>one = two</text><rect width=\"10\"/></svg>\n"
        let site = try TestSite(["media/carte.svg": svg])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(try site.page("media/carte.svg") == svg)
    }

    /// Found by hostile testing: a script element behind a namespace prefix, or spelt inside a DOCTYPE entity,
    /// ran on the site's address (the corpus has those shapes). Illustrator's exports declare plain entities for
    /// their namespaces: those are text, and published.
    @Test func illustratorEntitiesArePublished() async throws {
        let svg = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
            \t<!ENTITY ns_svg "http://www.w3.org/2000/svg">
            \t<!ENTITY ns_xlink 'http://www.w3.org/1999/xlink'>
            \t<!ENTITY publicite "Publicité">
            ]>
            <svg xmlns="&ns_svg;" xmlns:xlink="&ns_xlink;" width="10" height="10"><rect width="10" height="10"/></svg>

            """
        let site = try TestSite(["media/logo-illustrator.svg": svg])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        #expect(try site.page("media/logo-illustrator.svg") == svg)
    }

    @Test(arguments: [
        "<!DOCTYPE svg [<!ENTITY % p \"x\">]><svg/>",
        "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><svg>&e;</svg>",
        "<!DOCTYPE svg [<!ENTITY e '<a>x</a>'>]><svg>&e;</svg>",
        "<svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:foreignObject/></svg>",
    ])
    func entitiesWithMarkupAndPrefixedElementsAreRefused(_ svg: String) async throws {
        let site = try TestSite(["media/image.svg": svg + "\n"])
        defer { site.remove() }
        #expect(await site.build().succeeded == false)
    }
}

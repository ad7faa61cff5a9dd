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
}

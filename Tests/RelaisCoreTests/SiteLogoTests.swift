import Foundation
@testable import RelaisCore
import Testing

/// The logo and the favicon of `site.yaml`, shown on every page.
@Suite("The site's logo and favicon")
struct SiteLogoTests {
    /// Found by hostile testing: a file renamed to .png, or a PNG of 30,000 pixels a side (2.7 GB once decoded), was
    /// shown as the logo on every page. A real PNG of a reasonable size is published.
    @Test func theLogoAndFaviconMustBeRealPNGsOfAReasonableSize() async throws {
        func png(width: UInt32, height: UInt32) -> Data {
            var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            for number in [width, height] { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: number >> $0) } }
            return Data(bytes + [8, 6, 0, 0, 0, 0, 0, 0, 0])
        }
        let siteYAML = TestSite.minimal["site.yaml", default: ""] + """

            logo: { src: /media/logo.png, alt: "Accueil" }
            favicon: /media/favicon.png
            """
        let site = try TestSite(["site.yaml": siteYAML])
        defer { site.remove() }
        try FileManager.default.createDirectory(atPath: site.content + "/media", withIntermediateDirectories: true)
        try Data("pas une image".utf8).write(to: URL(fileURLWithPath: site.content + "/media/logo.png"))
        try png(width: 30_000, height: 30_000).write(to: URL(fileURLWithPath: site.content + "/media/favicon.png"))
        let report = await site.build()
        #expect(!report.succeeded)
        let lines = site.lines(report)
        #expect(lines.contains { $0.contains("« /media/logo.png » n'est pas une image PNG") }, "\(lines)")
        #expect(lines.contains { $0.contains("« /media/favicon.png » mesure 30\u{202F}000\u{A0}×\u{A0}30\u{202F}000 pixels") }, "\(lines)")

        try png(width: 400, height: 120).write(to: URL(fileURLWithPath: site.content + "/media/logo.png"))
        try png(width: 64, height: 64).write(to: URL(fileURLWithPath: site.content + "/media/favicon.png"))
        let fixed = await site.build()
        #expect(fixed.succeeded, "\(site.lines(fixed))")
    }
}

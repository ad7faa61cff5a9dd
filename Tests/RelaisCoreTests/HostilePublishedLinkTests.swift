import Foundation
@testable import RelaisCore
import Testing

/// Files of the published site replaced by hand with symbolic links (to a copy, or to the file itself moved out):
/// the next build publishes regular files, as a clean build does, whatever path each file takes (written, kept by
/// the cache, streamed).
@Suite("Links put in the published site")
struct HostilePublishedLinkTests {
    @Test func linksInThePublishedSiteAreNotPublishedAgain() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(await site.build().published)
        let outside = site.root.appendingPathComponent("ailleurs").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let manager = FileManager.default
        // A page the cache keeps, a page remade, a streamed data file: each moved out and linked back, or linked to a copy.
        let files = ["a-propos/index.html", "robots.txt", "donnees/aides.json", "aides/pret-emploi/index.html"]
        for (index, file) in files.enumerated() {
            let published = "\(site.output)/\(file)", away = "\(outside)/\(index)"
            if index.isMultiple(of: 2) {
                try manager.moveItem(atPath: published, toPath: away)
            } else {
                try manager.copyItem(atPath: published, toPath: away)
                try manager.removeItem(atPath: published)
            }
            try manager.createSymbolicLink(atPath: published, withDestinationPath: away)
        }
        try site.write(TestSite.aid.replacingOccurrences(of: "Un prêt à taux zéro", with: "Un prêt sans intérêt"), to: "aides/pret-emploi.md")
        #expect(await site.build().published)
        for file in files {
            let type = try manager.attributesOfItem(atPath: "\(site.output)/\(file)")[.type] as? FileAttributeType
            #expect(type == .typeRegular, "\(file) is \(String(describing: type))")
        }
    }
}

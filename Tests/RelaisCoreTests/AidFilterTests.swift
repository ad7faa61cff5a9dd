import Foundation
@testable import RelaisCore
import Testing

/// The guide's filter form, driven in headless Chromium on a guide of 200 aids: two criteria give the right cards
/// and count, the address carries them, the back button restores the previous view, and the shared address opens
/// on the same view. Without the script the form stays hidden and the page lists every aid (AidGuideTests).
@Suite("Aid filter")
struct AidFilterTests {
    /// What `Tests/Python/drive_filter.py` saw at each step.
    struct Drive: Decodable {
        struct View: Decodable {
            let address: String
            let heading: String
            let status: String
            let titles: [String]
            let paginationShown: Bool
            let selected: [String: String]?
        }
        let initial: View
        let one: View
        let two: View
        let back: View
        let shared: View
    }

    static func site() -> [String: String] {
        var files: [String: String] = [:]
        for n in 1...200 { files["aides/aide-\(String(format: "%03d", n)).md"] = AidGuideTests.aid(n) }
        return files
    }

    /// The aids a criterion keeps, by number: current (not every 10th), and training for every 3rd.
    static func titles(_ keep: (Int) -> Bool) -> Set<String> {
        Set((1...200).filter { $0 % 10 != 0 && keep($0) }.map { "Aide \(String(format: "%03d", $0))" })
    }

    @Test func twoCriteriaTheAddressAndTheBackButton() async throws {
        let site = try TestSite(Self.site())
        defer { site.remove() }
        #expect(await site.build(date: "2023-06-15").succeeded)
        let html = try HTMLTree.parse(try site.page("aides/index.html"))
        let form = try #require(html.byID("filtre"))
        #expect(form["hidden"] != nil, "hidden until the script runs")
        #expect(form.all("label").count == 6 && form.first("legend")?.text == "Trouver une aide")
        let scripts = html.all("script").filter { $0["type"] != "application/ld+json" }
        #expect(scripts.count == 1 && scripts.allSatisfy { $0["src"]?.wholeMatch(of: /\/assets\/filtre\.[0-9a-f]{10}\.js/) != nil && $0.text.isEmpty }, "no inline script")

        let drive = try PythonReader.read(Drive.self, script: "drive_filter.py", [site.output, "formation", "cloture-proche"])
        // 200 aids and the test site's own, 20 closed: 181 current.
        #expect(drive.initial.heading == "181 aides · Page 1 sur 4")
        #expect(drive.initial.titles.count == 50 && drive.initial.paginationShown)

        let training = Self.titles { $0 % 3 == 0 }
        #expect(drive.one.address == "/aides/?type=formation")
        #expect(Set(drive.one.titles) == training)
        #expect(drive.one.heading == "\(training.count) aides sur 181" && !drive.one.paginationShown)
        #expect(drive.one.status == "\(training.count) aides trouvées.")

        let closingTraining = Self.titles { $0 % 3 == 0 && $0 % 10 == 1 }
        #expect(drive.two.address == "/aides/?type=formation&statut=cloture-proche")
        #expect(Set(drive.two.titles) == closingTraining && closingTraining.count == 6)
        #expect(drive.two.status == "6 aides trouvées.")

        #expect(drive.back.address == "/aides/?type=formation")
        #expect(Set(drive.back.titles) == training)

        #expect(Set(drive.shared.titles) == closingTraining)
        #expect(drive.shared.selected == ["type": "formation", "statut": "cloture-proche"])
    }
}

import Foundation
import Testing

/// SIGINT, SIGTERM and SIGKILL at any moment of a build leave the published folder whole: the old site or the new
/// one, never a mix; the staging folder a killed build leaves is removed by the next build.
@Suite("Interrupted builds", .serialized)
struct InterruptedBuildTests {
    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func killedBuildLeavesTheOldOrTheNewSiteWhole(_ signal: Int32) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try SiteSnapshot.exampleContent(in: folder)
        let output = folder.appendingPathComponent("Site").path
        func arguments(_ date: String, _ target: String) -> [String] {
            ["build", "--sans-cache", "--content", content, "--templates", CommandTests.repository.appendingPathComponent("Templates").path,
             "--output", target, "--date", date]
        }
        // The two sites a reader may see: the one published before, and the one the interrupted build makes.
        let reference = folder.appendingPathComponent("Nouveau").path
        #expect(try CommandTests().relais(arguments("2024-01-10", reference)).status == 0)
        let newSite = SiteSnapshot.of(reference)
        #expect(try CommandTests().relais(arguments("2023-06-15", output)).status == 0)
        let oldSite = SiteSnapshot.of(output)
        #expect(oldSite != newSite)

        var seen: Set<String> = []
        for delay in [0.05, 0.15, 0.3, 0.5, 0.8, 1.2, 2.0] {
            // Back to the old site, then a build towards the new one, killed after `delay`.
            #expect(try CommandTests().relais(arguments("2023-06-15", output)).status == 0)
            let process = Process()
            process.executableURL = CommandTests.executable
            process.arguments = arguments("2024-01-10", output)
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let now = SiteSnapshot.of(output)
            #expect(now == oldSite || now == newSite, "signal \(signal) after \(delay) s: a mixed site")
            seen.insert(now == oldSite ? "old" : "new")
        }
        // The next build removes what the killed ones left beside the output.
        #expect(try CommandTests().relais(arguments("2024-01-10", output)).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".staging-") }
        #expect(leftovers == [])
        #expect(SiteSnapshot.of(output) == newSite)
    }
}

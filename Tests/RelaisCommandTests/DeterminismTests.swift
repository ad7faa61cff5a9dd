import Foundation
import Testing

/// Two builds of the same input with the same `--date` are byte-identical whatever the time zone, the locale,
/// the number of cores the build may use, and the order in which the content files were created.
@Suite("Deterministic builds", .serialized)
struct DeterminismTests {
    struct Variant: Sendable, CustomTestStringConvertible {
        let name: String
        let environment: [String: String]
        let cores: String?
        var testDescription: String { name }
    }

    static let variants: [Variant] = [
        Variant(name: "Kiritimati, C", environment: ["TZ": "Pacific/Kiritimati", "LANG": "C", "LC_ALL": "C"], cores: nil),
        Variant(name: "Los Angeles, turc", environment: ["TZ": "America/Los_Angeles", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"], cores: nil),
        Variant(name: "Paris, français, un cœur", environment: ["TZ": "Europe/Paris", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"], cores: "0"),
        Variant(name: "UTC, C.UTF-8, deux cœurs", environment: ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"], cores: "0,1"),
    ]

    @Test func everyVariantBuildsTheSameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-determinism-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try SiteSnapshot.exampleContent(in: folder)
        var sites: [String: [String: Data]] = [:]
        for variant in Self.variants {
            let output = folder.appendingPathComponent("Site-\(sites.count)").path
            let process = Process()
            var arguments = [CommandTests.executable.path, "build", "--sans-cache", "--content", content,
                             "--templates", CommandTests.repository.appendingPathComponent("Templates").path, "--output", output, "--date", "2023-06-15"]
            if let cores = variant.cores {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
                arguments = ["-c", cores] + arguments
            } else {
                process.executableURL = CommandTests.executable
                arguments.removeFirst()
            }
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(variant.environment) { _, new in new }
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(variant.name)")
            sites[variant.name] = SiteSnapshot.of(output)
        }
        let first = try #require(sites[Self.variants[0].name])
        #expect(first.count > 30)
        for variant in Self.variants.dropFirst() {
            let site = try #require(sites[variant.name])
            let different = Set(first.keys).union(site.keys).filter { first[$0] != site[$0] }.sorted()
            #expect(different == [], "\(variant.name)")
        }
    }
}

import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The proof that the built sites are valid and accessible, on real outputs: the example site and a generated guide
/// of 300 aids (Benchmarks/generate.py), checked by the W3C Nu HTML Checker (zero errors), axe-core 4 with the WCAG
/// 2.1 A and AA rules in headless Chromium, light and dark (zero violations), and an internal link and anchor check
/// (zero broken). `make test` installs the checkers (Tests/Python/requirements.txt, Java, Chromium).
@Suite("Site validity", .serialized)
struct SiteValidityTests {
    struct Validation: Decodable {
        struct Error: Decodable { let file: String; let line: Int?; let message: String }
        let version: String
        let files: Int
        let errors: [Error]
    }

    struct Axe: Decodable {
        struct Mode: Decodable { let mode: String; let darkMatched: Bool }
        struct Violation: Decodable {
            struct Node: Decodable { let target: String; let summary: String? }
            let id: String
            let page: String
            let mode: String
            let nodes: [Node]
        }
        let version: String?
        let pages: Int
        let modes: [Mode]
        let violations: [Violation]
    }

    struct Links: Decodable {
        struct Broken: Decodable { let page: String; let target: String; let problem: String }
        let pages: Int
        let checked: Int
        let broken: [Broken]
    }

    static func check(_ output: String, pages: Int, axeSample: Int?) throws {
        let validation = try PythonReader.read(Validation.self, script: "validate_html.py", [output])
        #expect(validation.files == pages)
        #expect(validation.errors.isEmpty, "\(validation.errors.prefix(10).map { "\($0.file):\($0.line ?? 0): \($0.message)" })")

        let links = try PythonReader.read(Links.self, script: "check_links.py", [output, "/"])
        #expect(links.pages == pages && links.checked > pages * 10)
        #expect(links.broken.isEmpty, "\(links.broken.prefix(10).map { "\($0.page) → \($0.target): \($0.problem)" })")

        let axe = try PythonReader.read(Axe.self, script: "axe_site.py", [output] + (axeSample.map { ["--sample", String($0)] } ?? []))
        #expect(axe.version?.hasPrefix("4.") == true)
        #expect(axe.pages == (axeSample.map { min($0, pages) } ?? pages))
        #expect(axe.modes.map(\.mode) == ["light", "dark"] && axe.modes.map(\.darkMatched) == [false, true])
        #expect(axe.violations.isEmpty, "\(axe.violations.prefix(10).map { "\($0.page) (\($0.mode)) \($0.id): \($0.nodes.first?.target ?? "") \($0.nodes.first?.summary ?? "")" })")
    }

    @Test func theExampleSiteEveryPage() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.succeeded)
        try Self.check(output, pages: report.pageCount, axeSample: nil)
    }

    @Test func aGeneratedGuideOf300Aids() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("relais-generated-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PythonReader.python)
        process.arguments = [Repository.root.appendingPathComponent("Benchmarks/generate.py").path, "--aids", "300", "--seed", "9", "--out", root]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let output = root + "/Site"
        let report = await BuildPipeline(options: BuildOptions(contentPath: root + "/Content", templatesPath: Repository.templates, outputPath: output,
                                                               buildDate: CalendarDate(iso: "2026-11-30")!)).run()
        #expect(report.succeeded, "\(report.diagnostics.prefix(5).map(\.formatted))")
        #expect(report.pageCount > 300)
        try Self.check(output, pages: report.pageCount, axeSample: 30)
    }
}

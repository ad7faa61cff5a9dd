import Foundation
import RelaisCore
import RelaisFrench

/// The repository's example site, built once for all the tests that read its pages.
actor ExampleSite {
    static let shared = ExampleSite()
    private var built: (output: String, report: BuildReport)?

    /// Built for 15 June 2023: the Grand-Orly funds are open then, the anniversary day is past.
    func build() async -> (output: String, report: BuildReport) {
        if let built { return built }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("relais-example-\(UUID().uuidString)").path
        let options = BuildOptions(contentPath: Repository.content, templatesPath: Repository.templates, outputPath: output,
                                   buildDate: CalendarDate(iso: "2023-06-15")!)
        let result = (output, await BuildPipeline(options: options).run())
        built = result
        return result
    }

    /// A page of the built site, parsed.
    func page(_ sitePath: String) async throws -> HTMLElement {
        let (output, _) = await build()
        let html = try String(contentsOfFile: "\(output)/\(SiteURLs.outputFile(for: sitePath))", encoding: .utf8)
        return try HTMLTree.parse(html)
    }
}

/// Characters the French formatting puts in pages, spelt out for assertions.
enum Space {
    static let narrow = "\u{202F}"
    static let noBreak = "\u{00A0}"
}

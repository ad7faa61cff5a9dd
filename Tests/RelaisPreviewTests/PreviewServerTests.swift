import Foundation
import RelaisCore
import RelaisFrench
import RelaisPreview
import Testing

/// `relais serve` for real: a free port, pages over HTTP, a change rebuilt and announced on the event stream,
/// a broken file shown as the error page, then mended.
@Suite("Preview server", .serialized)
struct PreviewServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example site's Content/ and Templates/ in a fresh folder, with the base path `/guide/`.
    private func exampleSite() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relais-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try edit(folder.appendingPathComponent("Content/site.yaml")) {
            $0.replacingOccurrences(of: "baseUrl: \"https://guide-aides.example.org/\"", with: "baseUrl: \"https://guide-aides.example.org/guide/\"")
        }
        return folder
    }

    private func edit(_ file: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit changed nothing in \(file.lastPathComponent)")
        try Data(changed.utf8).write(to: file)
    }

    private func port(of address: String) throws -> UInt16 {
        let afterHost = try #require(address.split(separator: ":").last)
        return try #require(UInt16(afterHost.prefix { $0.isNumber }))
    }

    @Test func servesRebuildsReloadsAndShowsErrors() async throws {
        let folder = try exampleSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = PreviewOptions(contentPath: folder.appendingPathComponent("Content").path,
                                     templatesPath: folder.appendingPathComponent("Templates").path,
                                     outputPath: folder.appendingPathComponent("preview").path,
                                     port: 0, buildDate: try #require(CalendarDate(iso: "2023-06-15")))
        let server = PreviewServer(options: options)
        let address = try await server.start()
        #expect(address.hasPrefix("http://127.0.0.1:") && address.hasSuffix("/guide/"))
        let port = try port(of: address)
        defer { Task { await server.stop() } }

        // A page under the base path, with the reload script; its stylesheet; the root sends to the base path.
        let page = try httpGet(port: port, path: "/guide/aides/alixio-emplois-cdi/")
        #expect(page.status == 200)
        #expect(page.body.contains("Prêt et subvention pour créer des emplois en CDI"))
        // An external script: the pages' Content-Security-Policy forbids inline ones.
        #expect(page.body.contains("<script src=\"/__relais/reload.js\" data-seen=\""))
        let reload = try httpGet(port: port, path: "/__relais/reload.js")
        #expect(reload.status == 200 && reload.body.contains("EventSource(\"/__relais/events?seen=\""))
        let stylesheet = try #require(page.body.firstMatch(of: /href="(\/guide\/assets\/relais\.[0-9a-f]+\.css)"/)?.1)
        #expect(try httpGet(port: port, path: String(stylesheet)).status == 200)
        #expect(try httpGet(port: port, path: "/").status == 301)
        #expect(try httpGet(port: port, path: "/guide/aides").status == 301)
        #expect(try httpGet(port: port, path: "/guide/nulle-part/").status == 404)
        // The built files themselves carry no script: it is added as the preview serves them.
        let built = try String(contentsOf: folder.appendingPathComponent("preview/aides/alixio-emplois-cdi/index.html"), encoding: .utf8)
        #expect(!built.contains("relais serve"))

        // A change: the event stream announces the rebuild, and the page shows it.
        let events = try LoopbackConnection(port: port)
        events.send("GET /__relais/events?seen=\(await server.generation) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(events.read(seconds: 60) { $0.contains(": relais serve") })
        let aid = folder.appendingPathComponent("Content/aides/alixio-emplois-cdi.md")
        try edit(aid) { $0.replacingOccurrences(of: "title: \"Prêt et subvention", with: "title: \"Prêt modifié et subvention") }
        #expect(events.read(seconds: 60) { $0.contains("event: reload\ndata: 2\n") })
        #expect(try httpGet(port: port, path: "/guide/aides/alixio-emplois-cdi/").body.contains("Prêt modifié et subvention"))

        // A broken file: every page is the list of diagnostics, escaped.
        try edit(aid) { $0.replacingOccurrences(of: "\npromise:", with: "\npromis<b>:") }
        #expect(events.read(seconds: 60) { $0.contains("event: reload\ndata: 3\n") })
        let broken = try httpGet(port: port, path: "/guide/aides/alixio-emplois-cdi/")
        #expect(broken.status == 500)
        #expect(broken.body.contains("<h1>Le site n’a pas pu être généré</h1>"))
        #expect(broken.body.contains("aides/alixio-emplois-cdi.md:3:1</code> <strong>erreur</strong> : La clé « promis&lt;b&gt; » est inconnue."))
        #expect(broken.body.contains("<p class=\"hint\">Aide : Les clés possibles ici sont : aidTypes, "))
        #expect(broken.body.contains("<script src=\"/__relais/reload.js\""))

        // Mended: the site is back.
        try edit(aid) { $0.replacingOccurrences(of: "\npromis<b>:", with: "\npromise:") }
        #expect(events.read(seconds: 60) { $0.contains("event: reload\ndata: 4\n") })
        let mended = try httpGet(port: port, path: "/guide/aides/alixio-emplois-cdi/")
        #expect(mended.status == 200)
        #expect(mended.body.contains("Prêt modifié et subvention"))
        await server.stop()
    }

    /// A tab whose page is older than the last build is told to reload as soon as it listens.
    @Test func lateTabIsToldToReloadAtOnce() async throws {
        let folder = try exampleSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = PreviewServer(options: PreviewOptions(
            contentPath: folder.appendingPathComponent("Content").path, templatesPath: folder.appendingPathComponent("Templates").path,
            outputPath: folder.appendingPathComponent("preview").path, port: 0, buildDate: try #require(CalendarDate(iso: "2023-06-15"))))
        let port = try port(of: try await server.start())
        let events = try LoopbackConnection(port: port)
        events.send("GET /__relais/events?seen=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(events.read(seconds: 60) { $0.contains("event: reload\ndata: 1\n") })
        await server.stop()
    }
}

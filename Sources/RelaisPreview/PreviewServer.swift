import FlyingFox
import FlyingSocks
import Foundation
import RelaisCore

/// Whether the server's run ended with an error before it listened.
private actor ListenFailure {
    private(set) var happened = false
    func record() { happened = true }
}

/// `relais serve`: builds the site into a preview folder, serves it over HTTP (FlyingFox), watches Content/ and
/// Templates/, rebuilds after a change and tells the open tabs to reload.
public actor PreviewServer {
    public let options: PreviewOptions
    private let log: @Sendable (String) -> Void
    private let events = ReloadEvents()
    private var server: HTTPServer?
    private var serving: Task<Void, Never>?
    private var watching: Task<Void, Never>?
    private var builder: PreviewBuilder?

    public init(options: PreviewOptions, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    public enum StartError: Error, CustomStringConvertible {
        case badHost(String), cannotListen(String)
        public var description: String {
            switch self {
            case .badHost(let host): "« \(host) » n'est pas une adresse IPv4 (comme 127.0.0.1) : option --host."
            case .cannotListen(let address): "Le serveur n'a pas pu écouter sur \(address) : le port est sans doute déjà pris ; choisissez-en un autre avec --port (0 : un port libre)."
            }
        }
    }

    /// Listens, makes the first build, starts watching; returns the address of the site's home page.
    @discardableResult
    public func start() async throws -> String {
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        let address: sockaddr_in
        do { address = try .inet(ip4: host, port: options.port) } catch { throw StartError.badHost(options.host) }
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
        self.server = server
        // The server's own error (English, from the socket layer) only tells that listening failed.
        let failed = ListenFailure()
        serving = Task {
            do { try await server.run() } catch { await failed.record() }
        }
        // A failed bind ends `run()` at once (`failed`); the deadline is only for a server that never starts, and is
        // long because on a busy machine (a test run on two cores) the serving task may wait for a thread.
        let deadline = ContinuousClock.now + .seconds(60)
        while await !server.isListening {
            if await failed.happened || ContinuousClock.now > deadline {
                serving?.cancel()
                throw StartError.cannotListen("\(options.host):\(options.port)")
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        var port = options.port
        if case .ip4(_, let listening)? = await server.listeningAddress { port = listening }

        let basePath = SiteBasePath.read(contentPath: options.contentPath)
        let siteAddress = "http://\(host):\(port)\(basePath)"
        let builder = PreviewBuilder(options: BuildOptions(
            contentPath: options.contentPath, templatesPath: options.templatesPath, outputPath: options.outputPath,
            baseURL: siteAddress, buildDate: options.buildDate, includeDrafts: options.includeDrafts, writesOutput: true, usesCache: true))
        self.builder = builder
        let events = self.events
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.eventsPath)")) { request in
            let seen = request.query.first { $0.name == "seen" }.flatMap { Int($0.value) }
            let stream = await events.subscribe(seen: seen, generation: await builder.generation)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventBytes(stream: stream)))
        }
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.scriptPath)")) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript", .cacheControl: "no-store"], body: Data(ReloadScript.source.utf8))
        }
        await server.appendRoute(HTTPRoute("GET *"), to: PreviewFiles(root: URL(fileURLWithPath: options.outputPath), basePath: basePath, builder: builder))

        let roots = [options.contentPath, options.templatesPath]
        let first = FileStamps.take(roots)
        await rebuild(reason: "Première génération")
        let watcher = ChangeWatcher(roots: roots, pollInterval: options.pollInterval)
        watching = Task { [weak self] in
            await watcher.run(from: first) { [weak self] in await self?.rebuild(reason: "Modification") }
        }
        return siteAddress
    }

    private func rebuild(reason: String) async {
        guard let builder else { return }
        let started = ContinuousClock.now
        let report = await builder.build()
        let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        for diagnostic in report.diagnostics { log(diagnostic.formatted) }
        log(report.succeeded ? "\(reason) : site régénéré en \(milliseconds) ms (\(report.pageCount) pages ; \(Self.steps(report)))."
                             : "\(reason) : \(report.countSentence) La page affiche la liste des erreurs.")
        await events.broadcast(generation: await builder.generation)
    }

    /// `load 120 ms, validate 40 ms, … render 300 ms (14 fichiers faits sur 41 …)`: where the time of a rebuild went.
    static func steps(_ report: BuildReport) -> String {
        report.timings.map { timing in
            let line = "\(timing.step) \(Int(timing.seconds * 1000)) ms"
            return timing.step == "render" ? line + " (" + (timing.summary.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "") + ")" : line
        }.joined(separator: ", ")
    }

    /// Stops watching, ends the event streams and closes the server.
    public func stop() async {
        watching?.cancel()
        await events.finishAll()
        await server?.stop(timeout: 1)
        serving?.cancel()
        _ = await serving?.value
        server = nil
    }

    /// The number of finished builds (for tests and the command's messages).
    public var generation: Int {
        get async { await builder?.generation ?? 0 }
    }
}

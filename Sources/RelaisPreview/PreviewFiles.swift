import FlyingFox
import Foundation
import RelaisCore

/// Answers the browser from the preview folder, under the site's base path: HTML gets the reload script, and
/// while the content has errors every page is the list of diagnostics instead.
struct PreviewFiles: HTTPHandler {
    let root: URL
    let basePath: String
    let builder: PreviewBuilder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let (state, generation) = await builder.snapshot
        // The target as sent: FlyingFox's `path` drops a final slash, which tells a folder from a file here.
        let path = request.target.path(percentEncoded: false)
        if path == "/" || path + "/" == basePath, basePath != "/" {
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: basePath]))
        }
        // A folder without its final slash: sent to it, so that the page's relative links resolve as once published.
        if !path.hasSuffix("/"), let folder = file(for: path), folder.lastPathComponent == "index.html",
           !path.hasSuffix("index.html") {
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: request.target.path() + "/"]))
        }
        guard let file = file(for: path) else {
            return page(Data("<!DOCTYPE html><title>Introuvable</title><p>Cette adresse est hors du site (\(basePath)).</p>".utf8),
                        status: .notFound, generation: generation)
        }
        let isPage = file.pathExtension == "html"
        switch state {
        case .starting:
            return page(Data("<!DOCTYPE html><html lang=\"fr\"><title>Génération…</title><p>Génération du site en cours…</p></html>".utf8),
                        status: .serviceUnavailable, generation: generation)
        case .failed(let diagnostics) where isPage:
            return page(Data(DiagnosticPage.html(diagnostics).utf8), status: .internalServerError, generation: generation)
        default:
            break
        }
        if let data = try? Data(contentsOf: file) {
            return isPage ? page(data, status: .ok, generation: generation)
                : HTTPResponse(statusCode: .ok, headers: headers(for: file), body: data)
        }
        let notFound = root.appendingPathComponent("404.html")
        let data = (try? Data(contentsOf: notFound)) ?? Data("<!DOCTYPE html><title>Introuvable</title><p>Page introuvable.</p>".utf8)
        return page(data, status: .notFound, generation: generation)
    }

    /// The file a path names, `index.html` for a folder; nil outside the base path or with `..`.
    func file(for path: String) -> URL? {
        guard path.hasPrefix(basePath) else { return nil }
        let relative = path.dropFirst(basePath.count)
        let segments = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var url = segments.reduce(root) { $0.appendingPathComponent(String($1)) }
        var isFolder: ObjCBool = false
        if relative.isEmpty || relative.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue) {
            url.appendPathComponent("index.html")
        }
        return url
    }

    private func page(_ data: Data, status: HTTPStatusCode, generation: Int) -> HTTPResponse {
        let html = ReloadScript.inject(into: String(decoding: data, as: UTF8.self), seen: generation)
        return HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: Data(html.utf8))
    }

    private func headers(for file: URL) -> HTTPHeaders {
        [.contentType: Self.mediaTypes[file.pathExtension.lowercased()] ?? "application/octet-stream", .cacheControl: "no-store"]
    }

    static let mediaTypes: [String: String] = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "xml": "application/xml; charset=utf-8",
        "json": "application/json", "jsonld": "application/ld+json", "ics": "text/calendar; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "ico": "image/x-icon",
        "pdf": "application/pdf", "woff2": "font/woff2", "woff": "font/woff",
    ]
}

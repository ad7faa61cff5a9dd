import Foundation
import RelaisCore
import Yams

/// The path part of `baseUrl` in site.yaml (`/guide/` for `https://example.org/guide/`): the preview serves the
/// site under it, so that the links of the pages work as they will once published.
enum SiteBasePath {
    static func read(contentPath: String) -> String {
        let file = URL(fileURLWithPath: contentPath).appendingPathComponent("site.yaml")
        // A site.yaml that cannot be read is reported by the build itself; the preview starts at the root meanwhile.
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let node = try? Yams.compose(yaml: text),
              let baseURL = node["baseUrl"]?.string, BaseURL.problem(baseURL) == nil else { return "/" }
        return SiteURLs(baseURL: baseURL).basePath
    }
}

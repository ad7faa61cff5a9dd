import CRelaisSystem
import Foundation

/// The publish step: the staging folder takes the place of the published one in a single rename, so a reader or
/// a web server never sees a half-written site, and a failed build never touches it.
struct Publisher: Sendable {
    let output: String

    /// A fresh staging folder beside the output (same file system, so the final rename is atomic).
    func makeStaging() throws -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let staging = "\(parent)/.\(url.lastPathComponent).staging-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        return staging
    }

    /// Puts `staging` in place of the output and removes the previous site.
    func publish(_ staging: String) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        guard fileManager.fileExists(atPath: target) else {
            try fileManager.moveItem(atPath: staging, toPath: target)
            return
        }
        if relais_exchange_paths(staging, target) == 0 {
            // `staging` now holds the previous site.
            try? fileManager.removeItem(atPath: staging)
            return
        }
        // File systems without an atomic exchange: two renames, the gap between them as short as it gets.
        let previous = staging + ".previous"
        try fileManager.moveItem(atPath: target, toPath: previous)
        do {
            try fileManager.moveItem(atPath: staging, toPath: target)
        } catch {
            try? fileManager.moveItem(atPath: previous, toPath: target)
            throw error
        }
        try? fileManager.removeItem(atPath: previous)
    }

    func discard(_ staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
    }
}

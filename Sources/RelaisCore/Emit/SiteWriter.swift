import Foundation

/// The emit step: writes rendered pages, theme assets and media into the staging folder, never into the published site.
struct SiteWriter: Sendable {
    /// The staging folder.
    let root: String

    func write(_ html: String, toSitePath path: String) throws {
        let file = "\(root)/\(SiteURLs.outputFile(for: path))"
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file, contents: Data(html.utf8)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
    }

    /// Copies a folder's files under `destination` (relative to the staging folder), leaving out hidden files.
    /// Returns the number of files copied.
    @discardableResult
    func copyTree(from source: String, to destination: String) throws -> Int {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: source) else { return 0 }
        var count = 0
        for case let relative as String in enumerator {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            let from = "\(source)/\(relative)"
            guard fileManager.fileExists(atPath: from, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let to = "\(root)/\(destination)/\(relative)"
            try fileManager.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try fileManager.copyItem(atPath: from, toPath: to)
            count += 1
        }
        return count
    }
}

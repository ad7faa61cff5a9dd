import Foundation

/// Writes rendered files, theme assets and media into the staging folder, never into the published site.
struct SiteWriter: Sendable {
    /// The staging folder.
    let root: String

    func write(_ bytes: [UInt8], toSitePath path: String) throws {
        let file = "\(root)/\(SiteURLs.outputFile(for: path))"
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
    }

    /// Copies `files` (paths relative to `source`, as listed at load) under `destination` in the staging folder.
    func copy(_ files: some Sequence<String>, from source: String, to destination: String) throws {
        let fileManager = FileManager.default
        for relative in files {
            let to = "\(root)/\(destination)/\(relative)"
            try fileManager.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try fileManager.copyItem(atPath: "\(source)/\(relative)", toPath: to)
        }
    }
}

import Foundation

/// The modification time and size of every file under some folders: two equal values mean nothing changed.
/// Polling keeps the preview free of platform file-watching APIs; hidden files (editor swap files, .DS_Store)
/// and backups ending in `~` are left out so that they do not trigger a build.
struct FileStamps: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        let modified: Double
        let size: Int
    }

    private(set) var files: [String: Stamp] = [:]

    static func take(_ roots: [String]) -> FileStamps {
        var stamps = FileStamps()
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: keys,
                                                                  options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator where !url.lastPathComponent.hasSuffix("~") {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                stamps.files[url.path] = Stamp(modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0, size: values.fileSize ?? 0)
            }
        }
        return stamps
    }
}

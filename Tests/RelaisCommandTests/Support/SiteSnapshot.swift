import Foundation

/// Every file of a built site, by relative path, to compare two sites byte for byte.
enum SiteSnapshot {
    static func of(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// A copy of the repository's example content in a folder of its own (its cache stays there too), the files
    /// created in reverse order so that a listing in creation order differs from the original's.
    static func exampleContent(in folder: URL) throws -> String {
        let source = CommandTests.repository.appendingPathComponent("Content").path
        let target = folder.appendingPathComponent("Content").path
        let paths = (FileManager.default.enumerator(atPath: source)?.allObjects as? [String] ?? []).sorted().reversed()
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for relative in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let destination = target + "/" + relative
            try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: source + "/" + relative, toPath: destination)
        }
        return target
    }
}

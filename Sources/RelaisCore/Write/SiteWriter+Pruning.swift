import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SiteWriter {
    /// Removes from the staging folder every entry that is not one of `files` (paths inside the site) or a folder
    /// holding some of them: what a spare site kept from an older build, and anything put there since. Links and
    /// special files go whatever their name, before anything is written, so no write ever goes through them.
    func removeEverything(except files: Set<String>) throws {
        try prune("", keeping: files, folders: Self.folders(holding: files))
    }

    private func prune(_ folder: String, keeping files: Set<String>, folders: Set<String>) throws {
        let path = folder.isEmpty ? root : "\(root)/\(folder)"
        for (name, type) in try Self.entries(of: path) {
            let relative = folder.isEmpty ? name : "\(folder)/\(name)"
            let entry = "\(root)/\(relative)"
            if type == .folder, folders.contains(relative) {
                try prune(relative, keeping: files, folders: folders)
            } else if type == .file, files.contains(relative) {
                continue
            } else if type == .folder {
                try FileManager.default.removeItem(atPath: entry)
            } else if unlink(entry) != 0, errno != ENOENT {
                throw Self.error(relative)
            }
        }
    }

    enum EntryType { case folder, file, other }

    /// The names in a folder with their types, links not followed (readdir's type, or lstat where it has none).
    static func entries(of path: String) throws -> [(String, EntryType)] {
        guard let folder = opendir(path) else { throw error(path) }
        defer { closedir(folder) }
        var found: [(String, EntryType)] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat("\(path)/\(name)", &status) == 0 else { continue }
                kind = switch status.st_mode & S_IFMT { case S_IFDIR: Int32(DT_DIR); case S_IFREG: Int32(DT_REG); default: Int32(DT_LNK) }
            }
            found.append((name, kind == Int32(DT_DIR) ? .folder : kind == Int32(DT_REG) ? .file : .other))
        }
        return found
    }
}

import Foundation

/// The regular files of a folder, as the build may publish them.
enum FileTree {
    struct Listing {
        /// Relative paths, sorted.
        var files: [String] = []
        /// Symbolic links met on the way: never followed, never published (one could lead to /etc/passwd).
        var symbolicLinks: [String] = []
    }

    /// Hidden files and folders (`.DS_Store`, `.git`) are left out.
    static func list(_ folder: String) -> Listing {
        var listing = Listing()
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder) else { return listing }
        for case let relative as String in enumerator {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let type = (try? fileManager.attributesOfItem(atPath: "\(folder)/\(relative)"))?[.type] as? FileAttributeType
            switch type {
            case .typeSymbolicLink?: listing.symbolicLinks.append(relative)
            case .typeRegular?: listing.files.append(relative)
            default: continue
            }
        }
        listing.files.sort()
        listing.symbolicLinks.sort()
        return listing
    }

    /// The names in one folder (its subfolders not walked), hidden ones left out, sorted: `files` holds everything
    /// that is not a symbolic link (folders and FIFOs too, for the reader to name them), `symbolicLinks` the links.
    static func entries(_ folder: String) -> Listing {
        var listing = Listing()
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !name.hasPrefix(".") {
            if isSymbolicLink("\(folder)/\(name)") { listing.symbolicLinks.append(name) } else { listing.files.append(name) }
        }
        return listing
    }

    /// True for a symbolic link itself (not followed), whatever it leads to, even nowhere or to itself.
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }
}

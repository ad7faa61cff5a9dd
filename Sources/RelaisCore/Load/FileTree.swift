import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regular files of a folder, as the build may publish them.
enum FileTree {
    struct Listing {
        /// Relative paths, sorted.
        var files: [String] = []
        /// Symbolic links met on the way: never followed, never published (one could lead to /etc/passwd).
        var symbolicLinks: [String] = []
        /// Why an existing folder could not be listed (not a folder, no permission), for a message.
        var error: Error?
    }

    /// Hidden files and folders (`.DS_Store`, `.git`) are left out.
    static func list(_ folder: String) -> Listing {
        var listing = Listing()
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder) else { return listing }
        for case let relative as String in enumerator {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            // lstat, as attributesOfItem does (links not followed), without its dictionary of attributes per file.
            var status = stat()
            guard lstat("\(folder)/\(relative)", &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFLNK: listing.symbolicLinks.append(relative)
            case S_IFREG: listing.files.append(relative)
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
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            // A folder that is not there is an empty kind of content; one that is there but unreadable is a problem.
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
                listing.error = isDirectory.boolValue ? error : POSIXError(.ENOTDIR)
            }
            return listing
        }
        for name in names.sorted() where !name.hasPrefix(".") {
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

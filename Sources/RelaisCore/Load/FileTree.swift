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
        walk(folder, hidden: false) { relative, status in
            switch status.st_mode & S_IFMT {
            case S_IFLNK: listing.symbolicLinks.append(relative)
            case S_IFREG: listing.files.append(relative)
            default: break
            }
            return true
        }
        listing.files.sort()
        listing.symbolicLinks.sort()
        return listing
    }

    /// Every entry under `folder` with its `lstat` (links not followed, folders walked into), in no set order,
    /// hidden ones and what they hold left out unless `hidden`; `visit` returns false to stop. False when stopped.
    /// readdir and lstat directly: FileManager's enumerator built each relative path through NSString, most of
    /// the time of a no-change rebuild.
    @discardableResult
    static func walk(_ folder: String, hidden: Bool, _ visit: (String, stat) -> Bool) -> Bool {
        walk(folder, under: "", hidden: hidden, visit)
    }

    private static func walk(_ folder: String, under relative: String, hidden: Bool, _ visit: (String, stat) -> Bool) -> Bool {
        guard let directory = opendir(relative.isEmpty ? folder : "\(folder)/\(relative)") else { return true }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || (!hidden && name.hasPrefix(".")) { continue }
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            var status = stat()
            guard lstat("\(folder)/\(path)", &status) == 0 else { continue }
            guard visit(path, status) else { return false }
            if status.st_mode & S_IFMT == S_IFDIR, !walk(folder, under: path, hidden: hidden, visit) { return false }
        }
        return true
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

import CRelaisSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The publish step: the staging folder takes the place of the published one in a single rename, so a reader or
/// a web server never sees a half-written site, and a failed build never touches it.
struct Publisher: Sendable {
    /// The file every site Relais writes carries: a folder without it is not Relais's to replace.
    static let marker = ".relais-site"
    /// The marker's exact content: a file named like it but holding anything else (or a folder) proves nothing.
    static let markerNote = "Site généré par Relais : ce dossier est remplacé en entier à chaque génération.\n"

    /// The output folder, symbolic links resolved: a `Site` that links to a web root publishes into the web root.
    let target: String

    /// Removes the previous site after the swap (replaced in tests, to make it fail).
    var removePrevious: @Sendable (String) throws -> Void = { try FileManager.default.removeItem(atPath: $0) }

    init(output: String) {
        target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Why the output folder must not be replaced (it holds the content, the templates or other files, or lies
    /// inside the content or the templates), if so.
    func refusal(protecting folders: [String], sources: [String] = []) -> String? {
        if target == "/" { return "Le dossier de sortie ne peut pas être la racine du disque." }
        for folder in folders + sources {
            let protected = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if protected == target || protected.hasPrefix(target + "/") {
                return "Le dossier de sortie « \(target) » contient « \(protected) » : il serait remplacé par le site."
            }
        }
        for folder in sources {
            // Inside the content, each build would publish the previous site again, one level deeper.
            let source = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if target.hasPrefix(source + "/") {
                return "Le dossier de sortie « \(target) » est dans « \(source) » : chaque génération y publierait la précédente."
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "« \(target) » est un fichier, pas un dossier." }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if !entries.isEmpty, !Self.isMarker(atPath: target + "/" + Self.marker) {
            return "Le dossier de sortie « \(target) » contient des fichiers qui ne viennent pas de Relais : il ne sera pas remplacé."
        }
        return nil
    }

    /// True for a regular file (not a link, not a folder) holding exactly the note Relais writes.
    static func isMarker(atPath path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == markerNote.utf8.count,
              let data = FileManager.default.contents(atPath: path) else { return false }
        return data == Data(markerNote.utf8)
    }

    /// The staging folder beside the output (same file system, so the final rename is atomic), carrying a new
    /// marker: the site the last publish replaced, kept aside as the spare, when there is one (the writer brings it
    /// up to date: most of its files are already hard links to the published ones), else an empty folder.
    /// The build holds a shared lock on the parent folder until it publishes or gives up (`StagingLock`); when it
    /// can take that lock alone, no other build is running and the staging folders left by killed builds go at once.
    func makeStaging() throws -> String {
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        let prefix = (url.lastPathComponent.hasPrefix(".") ? "" : ".") + "\(url.lastPathComponent).staging-"
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let lock = try StagingLock(folder: parent) { sweepLeftovers(in: parent, prefix: prefix) }
        let staging = parent + "/" + prefix + UUID().uuidString.prefix(8)
        do {
            // Renamed, not shared: two builds at once never both claim it.
            let claimed = Self.isRelaisFolder(spare) && rename(spare, staging) == 0
            if !claimed { try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false) }
            // A new marker file each time: its stamp names the site a cache describes. Written beside, then renamed
            // over the old one, so a build killed meanwhile leaves a folder that is still marked as Relais's.
            let marker = "\(staging)/\(Self.marker)"
            guard fileManager.createFile(atPath: marker + ".new", contents: Data(Self.markerNote.utf8)),
                  rename(marker + ".new", marker) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: staging])
            }
        } catch {
            lock.release()
            try? fileManager.removeItem(atPath: staging)
            throw error
        }
        StagingLock.keep(lock, for: staging)
        return staging
    }

    /// Where the site a publish replaced waits for the next build, beside the output and hidden: `.Site.spare`
    /// (`.relais-preview.spare` for a folder hidden already).
    var spare: String {
        let url = URL(fileURLWithPath: target)
        let name = url.lastPathComponent
        return url.deletingLastPathComponent().path + "/" + (name.hasPrefix(".") ? name : "." + name) + ".spare"
    }

    /// A real folder (not a link) holding Relais's marker.
    static func isRelaisFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR && isMarker(atPath: path + "/" + marker)
    }

    /// Removes the folders a killed build left: named like a staging folder, a real folder (not a link), and
    /// Relais's own (its marker inside, or empty: a build killed between the two calls that make one).
    /// A user's folder that merely has the name is left alone.
    private func sweepLeftovers(in parent: String, prefix: String) {
        let fileManager = FileManager.default
        for entry in (try? fileManager.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            let path = "\(parent)/\(entry)"
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { continue }
            // Empty, or holding only the marker being written: killed between the calls that make one.
            let entries = (try? fileManager.contentsOfDirectory(atPath: path)) ?? ["?"]
            let unfinished = entries.isEmpty || entries == [Self.marker + ".new"]
            if unfinished || Self.isMarker(atPath: path + "/" + Self.marker) { try? fileManager.removeItem(atPath: path) }
        }
    }

    /// The new site is in place but the previous one, moved aside, could not be removed.
    struct CleanUpError: Error {
        let leftover: String
        let underlying: Error
    }

    /// Puts `staging` in place of the output and keeps the previous site as the spare, which the next build brings
    /// up to date instead of linking every file into a new folder and deleting the old one (on a site of 10,000
    /// pages, both cost far more than building what changed). A previous site that can be neither kept nor removed
    /// is an error: it would stay beside the output, as large as the site, and nobody would know.
    func publish(_ staging: String) throws {
        defer { StagingLock.release(for: staging) }
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: target) else {
            try fileManager.moveItem(atPath: staging, toPath: target)
            return
        }
        if relais_exchange_paths(staging, target) == 0 {
            // `staging` now holds the previous site.
            try keepAsSpare(staging)
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
        try keepAsSpare(previous)
    }

    /// Moves a folder of Relais's to the spare's place when it is free; removes it otherwise.
    private func keepAsSpare(_ folder: String) throws {
        var status = stat()
        if Self.isRelaisFolder(folder), lstat(spare, &status) != 0, errno == ENOENT, rename(folder, spare) == 0 { return }
        do { try removePrevious(folder) } catch { throw CleanUpError(leftover: folder, underlying: error) }
    }

    /// A build that fails leaves its staging folder as the spare: whatever it holds, the next build checks every
    /// file of it against the published site.
    func discard(_ staging: String, keepingAsSpare: Bool = true) {
        if keepingAsSpare { try? keepAsSpare(staging) } else { try? removePrevious(staging) }
        StagingLock.release(for: staging)
    }
}

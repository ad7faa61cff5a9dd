import CRelaisSystem
import Foundation

/// The publish step: the staging folder takes the place of the published one in a single rename, so a reader or
/// a web server never sees a half-written site, and a failed build never touches it.
struct Publisher: Sendable {
    /// The file every site Relais writes carries: a folder without it is not Relais's to replace.
    static let marker = ".relais-site"

    /// The output folder, symbolic links resolved: a `Site` that links to a web root publishes into the web root.
    let target: String

    init(output: String) {
        target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Why the output folder must not be replaced (it holds the content, the templates or other files), if so.
    func refusal(protecting folders: [String]) -> String? {
        if target == "/" { return "Le dossier de sortie ne peut pas être la racine du disque." }
        for folder in folders {
            let protected = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if protected == target || protected.hasPrefix(target + "/") {
                return "Le dossier de sortie « \(target) » contient « \(protected) » : il serait remplacé par le site."
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "« \(target) » est un fichier, pas un dossier." }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if !entries.isEmpty, !entries.contains(Self.marker) {
            return "Le dossier de sortie « \(target) » contient des fichiers qui ne viennent pas de Relais : il ne sera pas remplacé."
        }
        return nil
    }

    /// A fresh staging folder beside the output (same file system, so the final rename is atomic), carrying the marker.
    /// Staging folders left by a build that was killed are removed once they are old enough not to be in use.
    func makeStaging(now: Date = Date()) throws -> String {
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).staging-"
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        for entry in (try? fileManager.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            let path = "\(parent)/\(entry)"
            let modified = (try? fileManager.attributesOfItem(atPath: path))?[.modificationDate] as? Date ?? now
            if now.timeIntervalSince(modified) > 3600 { try? fileManager.removeItem(atPath: path) }
        }
        let staging = parent + "/" + prefix + UUID().uuidString.prefix(8)
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        let note = "Site généré par Relais : ce dossier est remplacé en entier à chaque génération.\n"
        guard fileManager.createFile(atPath: "\(staging)/\(Self.marker)", contents: Data(note.utf8)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: staging])
        }
        return staging
    }

    /// Puts `staging` in place of the output and removes the previous site.
    func publish(_ staging: String) throws {
        let fileManager = FileManager.default
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

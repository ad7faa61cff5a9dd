import Foundation

/// A throwaway content folder for the command: a site, an organisation, one page, plus the files given.
struct MinimalSite {
    let root: URL
    var content: String { root.appendingPathComponent("Content").path }
    var output: String { root.appendingPathComponent("Site").path }

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("relais-command-\(UUID().uuidString)")
        let base: [String: String] = [
            "site.yaml": "title: Guide test\nbaseUrl: https://guide.example.org/\npublisher: editeur\ndescription: Un guide pour les tests.\n"
                + "navigation:\n  - { label: À propos, path: /a-propos/ }\ntaxonomies:\n  themes:\n    - { id: emploi, label: Emploi }\n",
            "organisations.yaml": "editeur:\n  name: Maison de l'emploi\n  kind: association\n  contacts:\n    accueil:\n      kind: service\n"
                + "      name: Accueil\n      email: accueil@example.org\n",
            "pages/a-propos.md": "---\ntitle: À propos\ndateModified: 2022-12-05\n---\nCe guide rassemble les aides du territoire.\n",
        ]
        for (path, text) in base.merging(files, uniquingKeysWith: { _, new in new }) {
            let url = root.appendingPathComponent("Content").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The `relais` binary run through `/bin/sh` with `ulimit -v`, killed when it outlives its time.
enum BoundedRun {
    struct Result { let status: Int32; let seconds: Double; let timedOut: Bool; let standardError: String }

    static func relais(_ arguments: [String], in folder: URL, seconds: Double, memoryKilobytes: Int) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // exec: the shell becomes relais, so the limit and the kill apply to it.
        process.arguments = ["-c", "ulimit -v \(memoryKilobytes) && exec \"$0\" \"$@\"", CommandTests.executable.path] + arguments
        process.currentDirectoryURL = folder
        let errorFile = folder.appendingPathComponent("stderr.txt")
        try Data().write(to: errorFile)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > seconds {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        try errorHandle.close()
        let elapsed = Date().timeIntervalSince(start)
        let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, seconds: elapsed, timedOut: timedOut, standardError: standardError)
    }
}

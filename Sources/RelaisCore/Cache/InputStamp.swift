import Foundation

/// A fingerprint of everything a build reads before it makes the record: Relais itself, the options, the build
/// date, and the name, size and times of every file of the content and the templates. When it is the one of the
/// last build, nothing can have changed.
enum InputStamp {
    static func make(options: BuildOptions) -> String {
        var hash = StableHash()
        hash.combine(BuildCache.formatVersion)
        hash.combine(executableStamp())
        for part in [options.contentPath, options.templatesPath, options.outputPath, options.baseURL ?? "-",
                     options.buildDate.iso, "\(options.includeDrafts)", "\(options.strict)",
                     // Each decides whether a file is refused: dropping one must not find "nothing changed".
                     "\(options.maxFileSize)", "\(options.allowsActiveMedia)"] {
            hash.combine(part)
        }
        for root in [options.contentPath, options.templatesPath] {
            for file in FileTree.list(root).files.sorted() {
                hash.combine(file)
                var status = stat()
                guard stat("\(root)/\(file)", &status) == 0 else { hash.combine("?"); continue }
                hash.combine(fileStamp(status, withChangeTime: true))
            }
        }
        return hash.hex
    }

    /// The running program's size and time: a cache written by another build of Relais is not trusted.
    static func executableStamp() -> String {
        var status = stat()
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments.first ?? ""
        guard stat(path, &status) == 0 else { return "inconnu" }
        return fileStamp(status, withChangeTime: true)
    }

    /// Size, modification time to the nanosecond and inode, and the change time when asked: what tells a file was
    /// touched. Published files leave the change time out: hard-linking a kept file into the next site changes it.
    static func fileStamp(_ status: stat, withChangeTime: Bool) -> String {
        #if os(Linux)
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        #else
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #endif
        let stamp = "\(status.st_size)-\(modified.tv_sec).\(modified.tv_nsec)-\(status.st_ino)"
        return withChangeTime ? stamp + "-\(changed.tv_sec).\(changed.tv_nsec)" : stamp
    }
}

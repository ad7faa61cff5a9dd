import Foundation
import Testing

/// One case of `Tests/Fixtures/bad-inputs/`: files laid over the minimal test site, special files made at run
/// time (links, FIFOs, folders, large files, which a repository cannot or should not hold), and the one
/// diagnostic expected (`path:line: fragment`), or `accepted`.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    let name: String
    let folder: URL
    /// Nil when the input is accepted.
    let expected: (path: String, line: Int, fragment: String)?

    var testDescription: String { name }

    static let corpus = Repository.root.appendingPathComponent("Tests/Fixtures/bad-inputs")

    static var all: [BadInputCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = corpus.appendingPathComponent(name)
            guard let line = try? String(contentsOf: folder.appendingPathComponent("expected"), encoding: .utf8)
                .trimmingCharacters(in: .newlines) else { return nil }
            if line == "accepted" { return BadInputCase(name: name, folder: folder, expected: nil) }
            // `path:line: fragment`; the path may hold a colon-free anything, the fragment anything.
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let number = Int(parts[1]) else { return nil }
            return BadInputCase(name: name, folder: folder, expected: (String(parts[0]), number, parts[2].trimmingCharacters(in: .whitespaces)))
        }
    }

    /// Lays the case over `content`: its files, then its special entries.
    func apply(to content: String) throws {
        let fileManager = FileManager.default
        let files = folder.appendingPathComponent("files")
        if let enumerator = fileManager.enumerator(atPath: files.path) {
            for case let relative as String in enumerator {
                let source = files.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: source, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let target = content + "/" + relative
                try fileManager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try? fileManager.removeItem(atPath: target)
                try fileManager.copyItem(atPath: source, toPath: target)
            }
        }
        let special = (try? String(contentsOf: folder.appendingPathComponent("special"), encoding: .utf8)) ?? ""
        for line in special.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let path = content + "/" + words[1]
            try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            switch words[0] {
            case "link": try fileManager.createSymbolicLink(atPath: path, withDestinationPath: words[2])
            case "fifo": guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
            case "dir": try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
            case "remove": try fileManager.removeItem(atPath: path)
            case "touch": try Data("texte\n".utf8).write(to: URL(fileURLWithPath: path))
            case "pad":
                // Lines of plain text appended until the file is that many bytes long.
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                let size = Int(try handle.seekToEnd())
                let line = Data((String(repeating: "a", count: 79) + "\n").utf8)
                let count = max(0, (Int(words[2]) ?? 0) - size) / line.count + 1
                try handle.write(contentsOf: Data([Data](repeating: line, count: count).joined()))
                try handle.close()
            default: continue
            }
        }
    }
}

extension BadInputCase {
    /// True when the case removes or replaces something other cases may write into.
    var replacesAFolder: Bool {
        let special = (try? String(contentsOf: folder.appendingPathComponent("special"), encoding: .utf8)) ?? ""
        return special.split(separator: "\n").contains { $0.hasPrefix("remove ") }
    }

    /// The content paths a case writes, to merge cases that do not collide.
    var touchedPaths: [String] {
        var paths: [String] = []
        let files = folder.appendingPathComponent("files")
        if let enumerator = FileManager.default.enumerator(atPath: files.path) {
            for case let relative as String in enumerator {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: files.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    paths.append(relative)
                }
            }
        }
        let special = (try? String(contentsOf: folder.appendingPathComponent("special"), encoding: .utf8)) ?? ""
        for line in special.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 2 { paths.append(String(words[1])) }
        }
        return paths
    }
}

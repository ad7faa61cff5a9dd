import Foundation

/// `.relais-cache/`: what the last successful build read and wrote, so that the next one re-renders only the
/// outputs whose recorded inputs changed. Safe to delete. A cache that does not parse, whose checksum is wrong,
/// written by another Relais, or describing another published site than the one in place, is ignored.
/// Written as tab-separated lines (`BuildCache+Lines.swift`): a 10,000-aid site records about 240,000 inputs, which
/// JSON took over a second to write and read back.
struct BuildCache: Sendable {
    static let formatVersion = "relais-cache-2"

    /// One input as an output read it: its key (`aid:x`, `every:aid`, `organisations`, `buildDate`) and fingerprint.
    struct Input: Sendable, Hashable {
        var key: String
        var fingerprint: String
    }

    /// What an output read, and what each of those inputs was, when it was last made.
    struct OutputEntry: Sendable, Equatable {
        /// The template and its partials, as one fingerprint; nil for artifacts.
        var template: String?
        /// Indices into `inputs`: thousands of outputs read the same input with the same fingerprint.
        var inputs: [Int]
        /// The published file's stamp: a file edited by hand in the site is made again.
        var file: String
    }

    var format = BuildCache.formatVersion
    var executable: String
    /// `InputStamp` of the build.
    var inputStamp: String
    /// The stamp of the published site's marker file: the cache describes that site and no other.
    var siteMarker: String
    /// Fingerprint of what every output reads: the site's identity and options.
    var siteFingerprint: String
    var pageCount: Int
    /// The last build's warnings, shown again when nothing changed.
    var diagnostics: [Diagnostic]
    /// Every distinct input the outputs read, each once.
    var inputs: [Input]
    var outputs: [String: OutputEntry]
    /// Theme assets and media as published (file in the site → stamp).
    var staticFiles: [String: String]

    /// The cache folder of a build: beside the content folder.
    static func folder(for options: BuildOptions) -> String {
        let content = URL(fileURLWithPath: options.contentPath).standardizedFileURL
        return content.deletingLastPathComponent().appendingPathComponent(".relais-cache").path
    }

    private static func file(in folder: String) -> String { folder + "/manifest" }

    /// The cache of the last build, if it can be trusted for this one.
    static func load(options: BuildOptions, siteMarker: String?) -> BuildCache? {
        guard let siteMarker, let data = FileManager.default.contents(atPath: file(in: folder(for: options))),
              let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let checksum = String(decoding: data[..<newline], as: UTF8.self)
        let body = data[data.index(after: newline)...]
        guard StableHash.of(body) == checksum, let cache = BuildCache(lines: body),
              cache.format == formatVersion, cache.executable == InputStamp.executableStamp(), cache.siteMarker == siteMarker
        else { return nil }
        return cache
    }

    /// Writes the cache through a temporary file and a rename: a build killed while writing leaves the old one.
    func save(options: BuildOptions) throws {
        try ChecksummedFile.write(lines(), to: Self.file(in: Self.folder(for: options)))
    }

    /// The entries of the outputs made, their inputs interned: each distinct (key, fingerprint) stored once.
    /// Each output's keys are sorted, so that the cache's bytes do not depend on the order a set gave them in.
    static func entries(_ made: [(path: String, template: String?, inputs: RecordedInputs, file: String)], numberedIn table: InputTable,
                        fingerprints: [String: String]) -> (inputs: [Input], outputs: [String: OutputEntry]) {
        var inputs: [Input] = []
        var indices: [String: Int] = [:]
        var outputs: [String: OutputEntry] = [:]
        outputs.reserveCapacity(made.count)
        // Each distinct input's key made once: thousands of outputs read the same ones.
        let keys = table.inputs.map(\.key)
        for output in made {
            let sortedKeys = switch output.inputs {
            case .keys(let known): known
            case .numbered(let numbers): numbers.map { keys[Int($0)] }.sorted()
            case .noted(let noted): noted.map(\.key).sorted()
            }
            let read = sortedKeys.map { key in
                if let index = indices[key] { return index }
                indices[key] = inputs.count
                inputs.append(Input(key: key, fingerprint: fingerprints[key] ?? "?"))
                return inputs.count - 1
            }
            outputs[output.path] = OutputEntry(template: output.template, inputs: read, file: output.file)
        }
        return (inputs, outputs)
    }

    /// Whether the published site holds exactly the files the cache lists, as they were written: no file, hidden
    /// file, folder or symbolic link added, removed or edited by hand.
    func describes(_ published: String) -> Bool {
        var expected = staticFiles
        for (path, entry) in outputs { expected[SiteURLs.outputFile(for: path)] = entry.file }
        var folders: Set<Substring> = []
        for file in expected.keys {
            var folder = Substring(file)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        var found = 0
        let walked = FileTree.walk(published, hidden: true) { entry, status in
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                return folders.contains(Substring(entry))
            case S_IFREG:
                if entry == Publisher.marker { return true }
                guard let stamp = expected[entry], InputStamp.fileStamp(status, withChangeTime: false) == stamp else { return false }
                found += 1
                return true
            default:
                return false
            }
        }
        return walked && found == expected.count
    }

    /// The stamp of a file of the published site, or nil when it is not there.
    static func stamp(of path: String) -> String? {
        var status = stat()
        // The link itself, not what it points to: a link put in the published site in place of a file is not that file.
        guard lstat(path, &status) == 0 else { return nil }
        return InputStamp.fileStamp(status, withChangeTime: false)
    }
}

extension OutputInput {
    /// The key an input is stored under in the cache.
    var key: String {
        switch self {
        case .item(let kind, let id): "\(kind.rawValue):\(id)"
        case .every(let kind): "every:\(kind.rawValue)"
        case .organisations: "organisations"
        case .buildDate: "buildDate"
        case .plannedPages: "plannedPages"
        case .aidGuide: "aidGuide"
        case .lastModified: "lastModified"
        case .aidHeadlines: "aidHeadlines"
        case .aidCard(let id): "aidCard:\(id)"
        case .planned(let path): "planned:\(path)"
        }
    }
}

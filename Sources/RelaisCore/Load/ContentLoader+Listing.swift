import Foundation

extension ContentLoader {
    struct Listing {
        var byKind: [ContentKind: [String]] = [:]
        var media: [String] = []
        subscript(kind: ContentKind) -> [String]? { byKind[kind] }
    }

    /// The content files by kind, sorted by name so that every run sees them in the same order.
    func listFiles(log: DiagnosticLog) -> Listing {
        var listing = Listing()
        let fileManager = FileManager.default
        let known: Set<String> = Set(ContentKind.allCases.map(\.rawValue) + ["site.yaml", "organisations.yaml", "data", "media"])
        for entry in ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).sorted() where !entry.hasPrefix(".") {
            if !known.contains(entry) {
                log.warning(SourceLocation(file: display(entry), line: 1, column: 1), "« \(entry) » n'est pas un fichier ou dossier de contenu connu ; il est ignoré.",
                            hint: "Les dossiers possibles sont : \(ContentKind.allCases.map(\.rawValue).joined(separator: ", ")), data et media.")
            }
        }
        for kind in ContentKind.allCases {
            var files: [String] = []
            let entries = linkedFolderRefused(kind.rawValue, log: log) ? FileTree.Listing() : FileTree.entries(absolute(kind.rawValue))
            for name in entries.files {
                if name.hasSuffix(".md") {
                    files.append("\(kind.rawValue)/\(name)")
                } else {
                    log.warning(SourceLocation(file: display("\(kind.rawValue)/\(name)"), line: 1, column: 1),
                                "Seuls les fichiers .md sont lus dans « \(kind.rawValue)/ » ; celui-ci est ignoré.",
                                hint: "Renommez-le en .md s'il s'agit d'un contenu, ou rangez-le dans media/.")
                }
            }
            for link in entries.symbolicLinks { refuseLink("\(kind.rawValue)/\(link)", log: log) }
            if let error = entries.error {
                log.error(SourceLocation(file: display(kind.rawValue)), "Le dossier « \(kind.rawValue) » n'a pas pu être lu : \(SystemErrorText.french(error)).",
                          hint: "« \(kind.rawValue) » doit être un dossier de fichiers .md, lisible par qui lance Relais.")
            }
            listing.byKind[kind] = files
        }
        _ = linkedFolderRefused("data", log: log)
        guard !linkedFolderRefused("media", log: log) else { return listing }
        let media = FileTree.list(absolute("media"))
        listing.media = media.files.filter { relative in
            guard !allowsActiveMedia, let reason = ActiveMediaCheck.reason(for: relative, at: absolute("media/\(relative)")) else { return true }
            log.error(SourceLocation(file: display("media/\(relative)")), "Ce fichier ne peut pas être publié : \(reason).",
                      hint: "Un script publié dans media/ agirait au nom du site. Convertissez le fichier (PDF, PNG…), ou autorisez-le avec --medias-actifs si vous en répondez.")
            return false
        }
        for link in media.symbolicLinks { refuseLink("media/\(link)", log: log) }
        return listing
    }

    /// Symbolic links are never followed in the content folder: one could publish a file from anywhere on the disk.
    /// The same words as `SourceFileRead` gives a file read through a link.
    func refuseLink(_ relative: String, log: DiagnosticLog) {
        log.error(SourceLocation(file: display(relative)), ContentLinks.message, hint: ContentLinks.hint)
    }

    /// True, after a diagnostic, when a folder of the content is itself a symbolic link.
    func linkedFolderRefused(_ relative: String, log: DiagnosticLog) -> Bool {
        guard FileTree.isSymbolicLink(absolute(relative)) else { return false }
        refuseLink(relative, log: log)
        return true
    }
}

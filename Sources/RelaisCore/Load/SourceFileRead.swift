import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a content file as text, refusing what is not a regular file of reasonable size before reading a byte:
/// a FIFO or `/dev/zero` named `*.md` would block or fill memory, a symbolic link could publish a file from
/// outside the content folder.
enum SourceFileRead {
    enum Problem: Error, Equatable {
        case missing
        /// What it is instead of a file, in French (« un dossier »).
        case notAFile(String)
        case symbolicLink
        case tooLarge(size: Int, limit: Int)
        case unreadable(errno: Int32)
    }

    static func bytes(atPath path: String, limit: Int) -> Result<[UInt8], Problem> {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .failure(errno == ENOENT ? .missing : .unreadable(errno: errno)) }
        if let other = kind(of: status.st_mode) { return .failure(other == "link" ? .symbolicLink : .notAFile(other)) }
        // O_NOFOLLOW and O_NONBLOCK: whatever replaces the file between the two calls neither leads elsewhere nor blocks.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ELOOP ? .symbolicLink : .unreadable(errno: errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(errno: errno)) }
        if let other = kind(of: status.st_mode) { return .failure(.notAFile(other)) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        // One byte more than the limit is asked for, in case the file grew since fstat.
        var buffer = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while count < buffer.count {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + count, raw.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errno: errno))
            }
            if got == 0 { break }
            count += got
            if count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
        }
        // Cut in place: a copy of every source (70 MB at 10,000 aids) for one byte less.
        buffer.removeLast(buffer.count - count)
        return .success(buffer)
    }

    /// Nil for a regular file; otherwise what it is, in French (or "link").
    private static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "link"
        case S_IFDIR: "un dossier"
        case S_IFIFO: "un tube nommé (FIFO)"
        case S_IFCHR, S_IFBLK: "un périphérique"
        case S_IFSOCK: "une socket"
        default: "un fichier spécial"
        }
    }

    /// The diagnostic sentence and hint for a problem with the file shown as `path`.
    static func describe(_ problem: Problem, path: String) -> (message: String, hint: String?) {
        switch problem {
        case .missing:
            return ("Le fichier « \(path) » manque.", nil)
        case .notAFile(let kind):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return ("« \(name) » est \(kind), pas un fichier de contenu.",
                    "Renommez-le ou retirez-le du dossier de contenu : seuls des fichiers ordinaires sont lus.")
        case .symbolicLink:
            return (ContentLinks.message, ContentLinks.hint)
        case .tooLarge(let size, let limit):
            return ("Le fichier fait \(megabytes(size)) Mo, plus que la limite de \(megabytes(limit)) Mo.",
                    "Découpez-le en plusieurs fichiers, ou relevez la limite avec l'option --taille-max.")
        case .unreadable(let code):
            return ("Le fichier « \(path) » n'a pas pu être lu : \(SystemErrorText.french(errno: code)).",
                    "Vérifiez les droits de lecture du fichier.")
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }
}

/// Symbolic links are never followed in the content folder (`media/` and every other): one place for the words.
enum ContentLinks {
    static let message = "Ce lien symbolique n'est pas lu ni publié."
    static let hint = "Copiez le fichier lui-même dans le dossier de contenu : un lien pourrait publier un fichier qui n'est pas fait pour l'être."
}

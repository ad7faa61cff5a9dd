import Foundation

/// System errors in French: Foundation's descriptions are English ("NSCocoaErrorDomain error 512") whatever the
/// locale, and the people who read Relais's messages write the content, not the code.
public enum SystemErrorText {
    /// A French phrase for an error thrown by Foundation or the system, without a final period.
    public static func french(_ error: Error) -> String {
        if let posix = error as? POSIXError { return french(errno: posix.code.rawValue) }
        let nsError = error as NSError
        // On Linux a POSIXError put in userInfo does not come back as an NSError of the POSIX domain.
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? POSIXError { return french(errno: posix.code.rawValue) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return french(errno: Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return french(errno: Int32(nsError.code)) }
        let path = (nsError.userInfo[NSFilePathErrorKey] as? String).map { " (« \($0) »)" } ?? ""
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "le fichier ou le dossier n'existe pas" + path
            case .fileReadNoPermission, .fileWriteNoPermission: return "l'accès est refusé" + path
            case .fileWriteOutOfSpace: return "le disque est plein" + path
            case .fileWriteVolumeReadOnly: return "le disque est en lecture seule" + path
            case .fileWriteFileExists: return "un fichier du même nom existe déjà" + path
            case .fileReadCorruptFile, .fileReadInapplicableStringEncoding: return "le fichier est illisible" + path
            case .fileReadUnknown: return "la lecture a échoué" + path
            default: return "erreur du système de fichiers n° \(nsError.code)" + path
            }
        }
        return "erreur du système (\(nsError.domain) n° \(nsError.code))" + path
    }

    /// A French phrase for a POSIX error number.
    public static func french(errno code: Int32) -> String {
        switch code {
        case ENOENT: "le fichier ou le dossier n'existe pas"
        case EACCES, EPERM: "l'accès est refusé"
        case ENOSPC, EDQUOT: "le disque est plein"
        case EROFS: "le disque est en lecture seule"
        case EEXIST: "un fichier du même nom existe déjà"
        case ENOTEMPTY: "le dossier n'est pas vide"
        case EISDIR: "c'est un dossier"
        case ENOTDIR: "ce n'est pas un dossier"
        case ELOOP: "les liens symboliques forment une boucle"
        case ENAMETOOLONG: "le nom est trop long"
        case EBUSY: "le fichier est en cours d'utilisation"
        case EIO: "erreur de lecture ou d'écriture sur le disque"
        case EMFILE, ENFILE: "trop de fichiers sont ouverts"
        case ENOMEM: "la mémoire manque"
        case EXDEV: "les deux dossiers ne sont pas sur le même disque"
        case EINVAL: "opération impossible sur ce fichier"
        default: "erreur du système n° \(code)"
        }
    }
}

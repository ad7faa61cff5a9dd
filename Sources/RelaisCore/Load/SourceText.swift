/// The bytes of a content file as text: UTF-8 only, line ends made `\n`, no control character.
///
/// YAML and cmark break lines on `\r\n`, `\n` and a lone `\r`; Relais's own positions count `\n` only. Turning
/// every line end into `\n` once, here, keeps every line number of every message true whatever the editor wrote.
enum SourceText {
    enum Problem: Error, Equatable {
        case utf16
        /// The first byte that is not UTF-8, by line and column (in characters).
        case notUTF8(line: Int, column: Int)
        /// A control character other than tab and line ends (C0, DEL, C1), e.g. a NUL.
        case control(line: Int, column: Int, scalar: UInt32)
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        // With its mark, or without: text saved as UTF-16 is half NUL bytes (and may still be valid UTF-8).
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (bytes.count >= 4 && bytes.prefix(64).filter({ $0 == 0 }).count * 3 >= min(bytes.count, 64)) {
            return .failure(.utf16)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = position(ofByte: firstInvalidByte(bytes), in: bytes)
            return .failure(.notUTF8(line: line, column: column))
        }
        // The array, not `text.utf8`: searching the String view byte by byte was a twentieth of loading.
        let normalised = bytes.contains(carriageReturn) ? normaliseLineEnds(text) : text
        if let (offset, scalar) = UnsafeTextCheck.controlCharacter(in: normalised) {
            let (line, column) = position(ofScalar: offset, in: normalised)
            return .failure(.control(line: line, column: column, scalar: scalar.value))
        }
        return .success(normalised)
    }

    static func normaliseLineEnds(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        for byte in text.utf8 {
            if byte == lineFeed, afterCarriageReturn {
                afterCarriageReturn = false
                continue
            }
            afterCarriageReturn = byte == carriageReturn
            bytes.append(afterCarriageReturn ? lineFeed : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The French sentence and hint for a problem.
    static func describe(_ problem: Problem) -> (message: String, hint: String) {
        switch problem {
        case .utf16:
            return ("Le fichier est encodé en UTF-16, pas en UTF-8.",
                    "Enregistrez-le en UTF-8 depuis votre éditeur (menu Enregistrer sous… > Encodage).")
        case .notUTF8:
            return ("Le fichier n'est pas encodé en UTF-8 : cet octet n'est pas un caractère valide.",
                    "Enregistrez-le en UTF-8 depuis votre éditeur (menu Enregistrer sous… > Encodage).")
        case .control(_, _, let scalar):
            let hex = String(scalar, radix: 16, uppercase: true)
            return ("Le texte contient un caractère de contrôle invisible (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)).",
                    "Supprimez-le : il vient souvent d'un copier-coller depuis un traitement de texte ou un PDF.")
        }
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Line and column (1-based, column in characters) of a byte offset; lines end at `\n`, `\r\n` or a lone `\r`.
    private static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = Array(bytes.prefix(offset))
        let text = normaliseLineEnds(String(decoding: before, as: UTF8.self))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    static func position(ofScalar offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
}

import Foundation
import RelaisFrench

/// The start of a PNG file: its signature and the size in its IHDR chunk, read to check the logo and the favicon
/// that every page shows (a file renamed to .png, or an image of 30,000 pixels a side that a phone must decode).
struct PNGHeader: Equatable {
    let width: Int
    let height: Int

    /// A logo or favicon wider or taller than this is refused: decoded, 4,096² pixels already weigh 64 MB.
    static let largestSide = 4_096

    /// The header of PNG bytes, or nil when they do not start as a PNG (signature, then the IHDR chunk).
    init?(_ bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(24))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard head.count == 24, Array(head[0..<8]) == signature, Array(head[12..<16]) == Array("IHDR".utf8) else { return nil }
        func number(_ start: Int) -> Int { head[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) } }
        (width, height) = (number(16), number(20))
        guard width > 0, height > 0 else { return nil }
    }

    /// Why the PNG file at `path`, shown on every page as `name`, cannot be: not a PNG, or too large to decode on a
    /// phone; in French, with how to mend it. Nil when it can, or when there is no such file (reported as a link).
    static func problem(at path: String, shownAs name: String) -> (message: String, hint: String)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = (try? handle.read(upToCount: 24)).flatMap({ PNGHeader($0) }) else {
            return ("« \(name) » n'est pas une image PNG : le fichier ne commence pas comme un PNG.",
                    "Exportez l'image au format PNG (ou SVG) depuis votre logiciel de dessin : renommer un fichier ne change pas son format.")
        }
        guard max(header.width, header.height) > largestSide else { return nil }
        let french = FrenchFormatter()
        return ("« \(name) » mesure \(french.integer(header.width))\u{A0}×\u{A0}\(french.integer(header.height)) pixels : trop grand pour être affiché sur chaque page (au plus \(french.integer(largestSide)) pixels de côté).",
                "Réduisez l'image à la taille où elle s'affiche (quelques centaines de pixels de large), ou préférez un SVG.")
    }
}

import Foundation

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

    /// The header of the file at `path`, reading its first bytes only; nil when it cannot be read or is no PNG.
    static func read(_ path: String) -> PNGHeader? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 24)).flatMap { PNGHeader($0) }
    }
}

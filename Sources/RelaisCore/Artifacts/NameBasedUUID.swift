/// A UUID made from a name (RFC 9562, version 5: SHA-1 of a namespace and the name): the same name always gives
/// the same UUID, on every machine, so an aid keeps its open-data `id` from one build to the next.
enum NameBasedUUID {
    /// The RFC's namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    static let urlNamespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]
    /// The RFC's namespace for domain names, `6ba7b810-9dad-11d1-80b4-00c04fd430c8`.
    static let dnsNamespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// `uuid5(namespace, name)` in lower-case hex with hyphens, as Python's `uuid.uuid5` prints it.
    static func version5(namespace: [UInt8], name: String) -> String {
        var bytes = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }

    /// The id of a page of the site: the UUID of its absolute URL.
    static func forURL(_ url: String) -> String { version5(namespace: urlNamespace, name: url) }
}

/// Where an artifact writer puts its bytes. The sink hands them on in pieces of about a mebibyte, so a file of
/// 10,000 aids goes to disk as it is made and is never whole in memory.
struct ByteSink {
    static let pieceSize = 1 << 20
    private var buffer: [UInt8] = []
    private let handOn: ([UInt8]) -> Void
    /// Bytes appended so far: where the next piece starts in the file.
    private(set) var count = 0
    /// The pieces of the published file that can be copied instead of made (see `fragment`).
    var fragments: FragmentReuse?

    init(handOn: @escaping ([UInt8]) -> Void) {
        self.handOn = handOn
        buffer.reserveCapacity(Self.pieceSize + 4096)
    }

    mutating func append(_ bytes: some Sequence<UInt8>) {
        let before = buffer.count
        buffer.append(contentsOf: bytes)
        count += buffer.count - before
        if buffer.count >= Self.pieceSize { flush() }
    }

    mutating func append(_ text: String) {
        append(text.utf8)
    }

    /// The piece made from the item `key` (an input key, `aides:x`): copied from the published file when the item did
    /// not change since, made by `make` otherwise; either way remembered for the next build.
    mutating func fragment(_ key: String, _ make: (inout ByteSink) -> Void) {
        let start = count
        if let bytes = fragments?.reused(key) { append(bytes) } else { make(&self) }
        fragments?.record(key, offset: start, length: count - start)
    }

    /// Hands on what is left: called once, after the writer's last byte.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handOn(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Everything a writer produces, kept whole: for small files and for tests.
    static func collect(_ write: (inout ByteSink) -> Void) -> [UInt8] {
        let store = Collected()
        var sink = ByteSink { store.bytes += $0 }
        write(&sink)
        sink.flush()
        return store.bytes
    }

    private final class Collected {
        var bytes: [UInt8] = []
    }
}

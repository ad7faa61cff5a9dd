import FlyingFox
import FlyingSocks
import Foundation

/// The open tabs, each listening on `/__relais/events` (server-sent events): told to reload after every build.
actor ReloadEvents {
    private var clients: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    /// A new listener. A tab whose page came from an older build than `generation` is told to reload at once:
    /// a build may have finished between the page's download and this connection.
    func subscribe(seen: Int?, generation: Int) -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(Array("retry: 1000\n: relais serve\n\n".utf8))
        if let seen, seen != generation { continuation.yield(Self.reload(generation)) }
        return stream
    }

    func broadcast(generation: Int) {
        for client in clients.values { client.yield(Self.reload(generation)) }
    }

    /// Ends every stream, so that the server can close its connections when it stops.
    func finishAll() {
        for client in clients.values { client.finish() }
        clients = [:]
    }

    var count: Int { clients.count }

    private func remove(_ id: UUID) { clients[id] = nil }

    static func reload(_ generation: Int) -> [UInt8] { Array("event: reload\ndata: \(generation)\n\n".utf8) }
}

/// An event stream as the bytes of a chunked HTTP body: FlyingFox writes each buffer as soon as it is returned.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let chunk = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(chunk.count)
            return chunk
        }

        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let next = await base.next() else { return false }
                pending = next
            }
            return true
        }
    }
}

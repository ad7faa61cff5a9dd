import Foundation
@testable import RelaisCore
import Synchronization
import Testing

/// The helpers that spread a step over both cores move their results instead of copying them: the order, the
/// values and each object's lifetime must be what a plain `map` gives.
@Suite("Work on both cores")
struct ConcurrencyHelperTests {
    /// Counts the objects alive; each test has its own.
    final class Census: Sendable {
        let alive = Mutex(0)
        let made = Mutex(0)
    }

    final class Tracked: Sendable {
        let value: String
        let census: Census

        init(_ value: String, _ census: Census) {
            self.value = value
            self.census = census
            census.alive.withLock { $0 += 1 }
            census.made.withLock { $0 += 1 }
        }

        deinit { census.alive.withLock { $0 -= 1 } }
    }

    @Test(arguments: [0, 1, 2, 3, 7, 8, 9, 100, 10_001])
    func parallelMapKeepsTheOrderAndTheValuesOfMap(_ count: Int) async {
        let input = (0..<count).map { "aide-\($0)-\(String(repeating: "é", count: $0 % 40))" }
        let mapped = await input.parallelMap { $0.uppercased() + "/" + String($0.utf8.count) }
        #expect(mapped == input.map { $0.uppercased() + "/" + String($0.utf8.count) })
    }

    @Test func everyObjectAParallelMapMakesIsReleasedOnceWithItsArray() async {
        let census = Census()
        do {
            let made = await Array(0..<5_000).parallelMap { Tracked("aide-\($0)", census) }
            #expect(made.count == 5_000)
            #expect(made.enumerated().allSatisfy { $0.element.value == "aide-\($0.offset)" })
            #expect(census.alive.withLock { $0 } == 5_000)
            // Mapping the results again shares them: nothing made, nothing lost.
            let values = await made.parallelMap(\.value)
            #expect(values.count == 5_000)
        }
        #expect(census.made.withLock { $0 } == 5_000)
        #expect(census.alive.withLock { $0 } == 0)
    }

    @Test func bothAtOnceReturnsEachResultInItsPlace() {
        let census = Census()
        let (first, second) = bothAtOnce({ (0..<1_000).reduce(0, +) }, { Tracked("second", census) })
        #expect(first == 499_500)
        #expect(second.value == "second")
        #expect(census.made.withLock { $0 } == 1)
    }

    /// `BuildPipeline` asks for an optional cache beside the input stamp: a nil result is a result.
    @Test func bothAtOnceKeepsANilResult() {
        let (cache, stamp) = bothAtOnce({ nil as String? }, { "stamp" })
        #expect(cache == nil)
        #expect(stamp == "stamp")
        let (found, none) = bothAtOnce({ Optional("cache") }, { nil as Int? })
        #expect(found == "cache")
        #expect(none == nil)
    }

    @Test func aValueReleasedInTheBackgroundIsFreedOnceAndNotBefore() async throws {
        let census = Census()
        var value: [Tracked]? = (0..<100).map { Tracked("aide-\($0)", census) }
        #expect(census.alive.withLock { $0 } == 100)
        if let taken = value.take() { LateRelease.releaseInBackground(taken) }
        #expect(value == nil)
        for _ in 0..<200 where census.alive.withLock({ $0 }) > 0 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(census.alive.withLock { $0 } == 0)
        #expect(census.made.withLock { $0 } == 100)
    }
}

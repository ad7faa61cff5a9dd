import Synchronization

/// Aid cards made once per build, as pages first ask for them: lists, basins, programmes and the home page all show
/// them, and a one-aid rebuild makes a few dozen pages, which need a few hundred of the 10,000 cards, not all.
final class AidCardMemo: Sendable {
    private let cards = Mutex<[String: AidCard]>([:])

    /// The card of `id`, made by `make` the first time it is asked for (two pages at once may both make it: the
    /// same card, kept once).
    func card(_ id: String, make: () -> AidCard?) -> AidCard? {
        if let card = cards.withLock({ $0[id] }) { return card }
        guard let card = make() else { return nil }
        cards.withLock { $0[id] = card }
        return card
    }
}

/// Looks at the content and template folders until cancelled, and calls `changed` once per settled change.
struct ChangeWatcher: Sendable {
    let roots: [String]
    let pollInterval: Duration

    func run(from first: FileStamps, changed: @Sendable () async -> Void) async {
        var built = first
        while !Task.isCancelled {
            // Looking costs a stat per file: on a large site, look no more often than four times what a look takes.
            let looked = ContinuousClock.now
            var now = FileStamps.take(roots)
            let interval = max(pollInterval, (ContinuousClock.now - looked) * 4)
            guard now != built else {
                try? await Task.sleep(for: interval)
                continue
            }
            // Debounced: built once two looks 50 ms apart agree, so that a save in several writes is built once.
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(50))
                let again = FileStamps.take(roots)
                if again == now { break }
                now = again
            }
            built = now
            await changed()
        }
    }
}

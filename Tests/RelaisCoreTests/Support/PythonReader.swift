import Foundation
import Testing

/// Runs a reader script of `Tests/Python/` with the test virtual environment's Python (made by `make test`):
/// outputs are parsed back by independent libraries (frictionless, icalendar, feedparser, lxml, extruct), and the
/// script prints what it read as JSON for the test to check.
enum PythonReader {
    static var python: String {
        if let path = ProcessInfo.processInfo.environment["RELAIS_TEST_PYTHON"], !path.isEmpty { return path }
        return Repository.root.appendingPathComponent(".build-python/venv/bin/python").path
    }

    /// The script's standard output decoded as JSON. A missing Python or a failing script fails the test.
    static func read<T: Decodable>(_ type: T.Type, script: String, _ arguments: [String]) throws -> T {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("Python de test introuvable (\(python)) : lancez `make test`, qui l'installe.")
            throw CancellationError()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Repository.root.appendingPathComponent("Tests/Python/\(script)").path] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("\(script) a échoué (\(process.terminationStatus)) : \(errorText)")
            throw CancellationError()
        }
        return try JSONDecoder().decode(T.self, from: data)
    }
}

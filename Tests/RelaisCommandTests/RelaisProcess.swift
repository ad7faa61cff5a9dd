import Foundation

/// Runs the built `relais` command as CI and authors do: exit status, standard error and standard output.
protocol RunsRelais {}

struct RelaisRun { let status: Int32; let standardError: String; let standardOutput: String }

extension RunsRelais {
    /// The executable sits beside the test bundle in the build folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("relais").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("relais")
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func relais(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> RelaisRun {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Self.repository
        let errorPipe = Pipe(), outputPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = outputPipe
        try process.run()
        // Standard output read on another thread: a large report must not fill its pipe while we wait on the other.
        let output = OutputCollector(outputPipe.fileHandleForReading)
        let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        let outputData = output.wait()
        process.waitUntilExit()
        return RelaisRun(status: process.terminationStatus, standardError: String(decoding: errorData, as: UTF8.self),
                         standardOutput: String(decoding: outputData, as: UTF8.self))
    }

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("relais-command-\(UUID().uuidString)")
    }

    /// A copy of the example site's Content/ in a fresh folder.
    func copiedContent() throws -> URL {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }
}

/// Reads a pipe to its end on its own thread.
final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

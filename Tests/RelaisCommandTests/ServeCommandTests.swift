import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `relais serve` as a person runs it: it says where the preview is, and Ctrl-C stops it cleanly with status 0.
@Suite("relais serve command")
struct ServeCommandTests: RunsRelais {
    @Test func ctrlCStopsTheServerCleanly() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--date", "2023-06-15", "--output", folder.appendingPathComponent("apercu").path]
        process.currentDirectoryURL = Self.repository
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let deadline = Date().addingTimeInterval(120)
        var text = ""
        while Date() < deadline, !text.contains("Ctrl-C pour arrêter.") {
            Thread.sleep(forTimeInterval: 0.2)
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        #expect(text.contains("Aperçu sur http://127.0.0.1:"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("apercu/aides/index.html").path))
        process.interrupt()
        let stopDeadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopDeadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        #expect(((try? String(contentsOf: log, encoding: .utf8)) ?? "").hasSuffix("Aperçu arrêté.\n"))
    }

    /// A port already taken: a French sentence at once, exit 1.
    @Test func takenPortIsReportedInFrench() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        let port = UInt16(bigEndian: address.sin_port)
        let run = try relais(["serve", "--port", String(port), "--date", "2023-06-15"])
        #expect(run.status == 1)
        #expect(run.standardError == "erreur : Le serveur n'a pas pu écouter sur 127.0.0.1:\(port) : le port est sans doute déjà pris ; choisissez-en un autre avec --port (0 : un port libre).\n")
    }

    @Test func serveHelpIsItsOwn() throws {
        let run = try relais(["serve", "--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("UTILISATION : relais serve"))
        #expect(run.standardOutput.contains("--port <port>"))
    }

    @Test func badHostIsRefused() throws {
        let run = try relais(["serve", "--host", "exemple.org", "--port", "0"])
        #expect(run.status == 2)
        #expect(run.standardError == "erreur : « exemple.org » n'est pas une adresse IPv4 (comme 127.0.0.1) : option --host.\n  aide : relais serve --help décrit les options de cette commande.\n")
    }
}

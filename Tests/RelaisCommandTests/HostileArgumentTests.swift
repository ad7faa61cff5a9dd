import Foundation
import Testing

/// Numbers from the command line and the environment never crash the command: a French usage error, exit 2.
@Suite("Hostile numbers on the command line")
struct HostileArgumentTests {
    let command = CommandTests()

    @Test(arguments: ["9223372036854775807", "9223372036854768000", "-9223372036854775808", "1e999", "99999999999999999999999"])
    func sourceDateEpochOutOfRangeIsAUsageError(_ value: String) throws {
        let run = try command.relais(["check"], environment: ["SOURCE_DATE_EPOCH": value])
        #expect(run.status == 2, "\(value): \(run.standardError)")
        #expect(run.standardError.contains("SOURCE_DATE_EPOCH vaut « \(value) »"))
    }

    @Test(arguments: ["0", "-1", "101", "9223372036854775807", "99999999999999999999999", "cinq"])
    func fileSizeLimitOutOfRangeIsAUsageError(_ value: String) throws {
        let run = try command.relais(["check", "--date", "2023-06-15", "--taille-max=\(value)"])
        #expect(run.status == 2, "\(value): \(run.standardError)")
        #expect(run.standardError.contains("Option --taille-max"))
    }

    @Test func smallerFileSizeLimitRefusesLargerFiles() throws {
        let site = try MinimalSite(files: ["pages/grande.md": "---\ntitle: Grande\ndateModified: 2022-12-05\n---\n" + String(repeating: "Texte.\n", count: 200_000)])
        defer { site.remove() }
        let run = try command.relais(["check", "--content", site.content, "--date", "2023-06-15", "--taille-max", "1"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("pages/grande.md:1:1: erreur : Le fichier fait 1,4 Mo, plus que la limite de 1 Mo."))
    }
}

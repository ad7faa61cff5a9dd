import Foundation
@testable import RelaisCore
import Testing

@Suite("Privacy")
struct PrivacyTests {
    static let organisations = TestSite.minimal["organisations.yaml"]! + """

        claire:
          kind: person
          name: Claire Confidentielle
          role: Chargée de mission
          email: claire.confidentielle@example.org
          phone: "+33199000042"
          consentToPublish: false
    """

    /// A person who did not consent is in the record nowhere, so no output of any format shows them.
    @Test func personWithoutConsentAppearsInNoOutput() async throws {
        let aid = TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil, editeur/claire]")
        let site = try TestSite(["organisations.yaml": Self.organisations, "aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded)
        #expect(site.lines(report).contains { $0.contains("editeur/claire") && $0.contains("ne sera publié nulle part") })

        let record = try await site.record()
        #expect(record.aid("pret-emploi")?.contacts.map(\.id) == ["editeur/accueil"])
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        var outputs = [("record.json", json)]
        let files = FileManager.default.enumerator(atPath: site.output)?.compactMap { $0 as? String } ?? []
        for file in files {
            guard let data = FileManager.default.contents(atPath: "\(site.output)/\(file)") else { continue }
            outputs.append((file, String(decoding: data, as: UTF8.self)))
        }
        #expect(outputs.count > 5)
        for (file, text) in outputs {
            for secret in ["Confidentielle", "claire.confidentielle", "199000042", "99 00 00 42", "99\u{00A0}00\u{00A0}00\u{00A0}42"] {
                #expect(!text.contains(secret), "\(file) contient « \(secret) »")
            }
        }
    }

    /// Found by hostile testing: an aid whose only contact did not consent was published with no contact, silently.
    @Test func aidLeftWithoutAnyContactIsWarnedAbout() async throws {
        let aid = TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/claire]")
        let site = try TestSite(["organisations.yaml": Self.organisations, "aides/pret-emploi.md": aid])
        defer { site.remove() }
        let report = await site.build(writes: false)
        #expect(report.succeeded)
        #expect(site.lines(report).contains("aides/pret-emploi.md:14:12: L'aide « pret-emploi » n'a plus aucun contact publiable : ses contacts sont des personnes qui n'ont pas donné leur accord."),
                "\(site.lines(report))")
    }
}

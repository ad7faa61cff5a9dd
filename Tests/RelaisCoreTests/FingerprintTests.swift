import Foundation
@testable import RelaisCore
import Testing

@Suite("Fingerprints")
struct FingerprintTests {
    struct Sample: Encodable {
        var name: String
        var amount: Decimal?
        var groups: [[String]]
        var count: Int32
        var rate: Double
    }

    /// The same value gives the same fingerprint in every run; any change, even moving an element between lists,
    /// gives another.
    @Test func fingerprintsTellValuesApart() throws {
        let base = Sample(name: "Prêt", amount: Decimal(string: "15000.5"), groups: [["a", "b"], ["c"]], count: 3, rate: 0.5)
        let fingerprint = HashingEncoder.fingerprint(of: base)
        #expect(fingerprint == HashingEncoder.fingerprint(of: base))
        #expect(fingerprint.count == 16 && fingerprint != "?")
        var variants: [Sample] = []
        var moved = base; moved.groups = [["a"], ["b", "c"]]; variants.append(moved)
        var renamed = base; renamed.name = "Prêts"; variants.append(renamed)
        var noAmount = base; noAmount.amount = nil; variants.append(noAmount)
        var otherAmount = base; otherAmount.amount = Decimal(string: "15000.4"); variants.append(otherAmount)
        var counted = base; counted.count = 4; variants.append(counted)
        var rated = base; rated.rate = 0.25; variants.append(rated)
        // Texts are hashed eight bytes at a time: a change in a full word, in the tail, or across the boundary.
        var long = base; long.name = "Prêt d’honneur à taux zéro"; variants.append(long)
        var longTail = base; longTail.name = "Prêt d’honneur à taux zérO"; variants.append(longTail)
        var longHead = base; longHead.name = "Prêt d’Honneur à taux zéro"; variants.append(longHead)
        var padded = base; padded.name = "Prêt\0"; variants.append(padded)
        var split = base; split.groups = [["ab"], ["c"]]; variants.append(split)
        var joined = base; joined.groups = [["a"], ["bc"]]; variants.append(joined)
        let all = [fingerprint] + variants.map { HashingEncoder.fingerprint(of: $0) }
        #expect(Set(all).count == all.count)
    }

    @Test func everyItemOfTheExampleRecordHasAFingerprint() async throws {
        let record = try await Repository.exampleRecord()
        let fingerprints = await RecordFingerprints.make(record)
        for aid in record.aids { #expect(fingerprints.values[OutputInput.item(.aid, aid.id).key]?.count == 16) }
        #expect(fingerprints.values[OutputInput.every(.event).key] != nil && fingerprints.values[OutputInput.organisations.key] != nil)
    }
}

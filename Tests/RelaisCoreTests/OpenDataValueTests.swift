import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The small pieces of the open-data files: name-based UUIDs, Paris date-times, national codes and lists.
@Suite("Open-data values")
struct OpenDataValueTests {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func sha1MatchesTheStandardVectors() {
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(hex(SHA1.digest([UInt8](repeating: 0x61, count: 1_000))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test func uuidVersion5MatchesPython() {
        // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), the example of Python's documentation.
        #expect(NameBasedUUID.version5(namespace: NameBasedUUID.dnsNamespace, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test func datesAreParisDateTimesWithTheOffsetOfTheDay() throws {
        let winter = try #require(CalendarDate(iso: "2023-12-31")), summer = try #require(CalendarDate(iso: "2023-06-15"))
        let change = try #require(CalendarDate(iso: "2023-03-26"))
        #expect(ParisDateTime.endOfDay(winter) == "2023-12-31T23:59:59+01:00")
        #expect(ParisDateTime.startOfDay(summer) == "2023-06-15T00:00:00+02:00")
        #expect(ParisDateTime.startOfDay(change) == "2023-03-26T00:00:00+01:00")
        #expect(ParisDateTime.endOfDay(change) == "2023-03-26T23:59:59+02:00")
    }

    @Test func nationalPatternRefusesCorsicanCodesOnly() {
        for code in ["DEP-94", "REG-94", "EPCI-200058014", "COM-94041", "ZE-1109", "DEP-971"] {
            #expect(NationalTerritoryCodes.fitsNationalPattern(code), "\(code)")
        }
        for code in ["DEP-2A", "DEP-2B", "COM-2A004", "dep-94", "DEP-", "-94", "DEP94", "DÉP-94",
                     "DEP-94-1", "DE\u{301}P-94", "DEP-9\u{0663}", "DEP -94", "DEP-\u{FF19}4", ""] {
            #expect(!NationalTerritoryCodes.fitsNationalPattern(code), "\(code)")
        }
        #expect(NationalTerritoryCodes.ownCodes(cog: ["DEP-59"], ze2020: "3213", subTerritories: ["COM-59350"]) == ["DEP-59", "ZE-3213"])
        #expect(NationalTerritoryCodes.ownCodes(cog: [], ze2020: nil, subTerritories: ["COM-94041", "COM-94041"]) == ["COM-94041"])
    }

    @Test func nationalValueListsKeepTheSchemaValuesOnly() {
        func labelled(_ codes: [String]) -> [Labelled] { codes.map { Labelled(code: $0, label: $0) } }
        let types = ["grant", "loan", "honourLoan", "recoverableAdvance", "guarantee", "equity", "hiringBonus", "support",
                     "training", "hosting", "engineering", "other"]
        #expect(Set(DispositifAideValues.types(labelled(types))).isSubset(of: ["assistance", "avantage fiscal", "conseil", "étude",
                                                                              "financement", "formation", "information", "prêt"]))
        #expect(DispositifAideValues.types(labelled(types)).count == 5)
        #expect(DispositifAideValues.types(labelled(["loan", "grant", "honourLoan"])) == ["prêt", "financement"])
        #expect(DispositifAideValues.audiences(labelled(["publicBody", "jobSeeker", "socialEconomy", "company"]))
                == ["professionnels", "particuliers", "associations", "secteur public"])
        #expect(DispositifAideValues.roles(labelled(["operator", "funder", "cofunder", "instructor"])) == ["instructeur", "financeur"])
    }

    @Test func longDescriptionsAreShortenedAfterAWord() {
        #expect(AidsCSV.shortened("court", maxScalars: 10) == "court")
        #expect(AidsCSV.shortened("un deux trois quatre", maxScalars: 12) == "un deux…")
        let long = String(repeating: "é", count: 6_000)
        #expect(AidsCSV.shortened(long, maxScalars: 5_000).unicodeScalars.count == 5_000)
    }
}

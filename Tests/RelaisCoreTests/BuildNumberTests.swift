import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// Numbers a user can pass are range-checked before any arithmetic: no overflow trap, a French message instead.
@Suite("Numbers from the build's environment")
struct BuildNumberTests {
    @Test(arguments: ["9223372036854775807", "9223372036854768000", "-9223372036854775808", "253402300800", "-1", "1e10", "99999999999999999999999"])
    func sourceDateEpochOutOfRangeIsRefused(_ value: String) {
        let result = BuildOptions.buildDate(argument: nil, environment: ["SOURCE_DATE_EPOCH": value])
        guard case .failure(let error) = result else {
            Issue.record("\(value) accepted")
            return
        }
        #expect(error.description.contains("SOURCE_DATE_EPOCH"))
    }

    @Test func sourceDateEpochInRangeGivesTheParisDay() throws {
        let result = BuildOptions.buildDate(argument: nil, environment: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(try result.get() == CalendarDate(iso: "9999-12-31"))
        #expect(BuildOptions.parisDate(unixTime: Int.max) == CalendarDate(iso: "9999-12-31"))
        #expect(BuildOptions.parisDate(unixTime: Int.min) == CalendarDate(iso: "1970-01-01"))
    }
}

@Suite("System errors in French")
struct SystemErrorTextTests {
    @Test func foundationErrorsComeOutInFrench() {
        let cases: [(Error, String)] = [
            (CocoaError(.fileWriteUnknown), "erreur du système de fichiers n° 512"),
            (CocoaError(.fileWriteOutOfSpace), "le disque est plein"),
            (POSIXError(.EROFS), "le disque est en lecture seule"),
            (NSError(domain: NSCocoaErrorDomain, code: 513, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))]), "l'accès est refusé"),
        ]
        for (error, french) in cases {
            let text = SystemErrorText.french(error)
            #expect(text == french)
            #expect(!text.contains("NSCocoaErrorDomain") && !text.contains("The operation"))
        }
    }
}

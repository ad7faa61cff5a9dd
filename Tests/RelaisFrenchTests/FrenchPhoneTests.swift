import Testing
@testable import RelaisFrench

@Suite struct FrenchPhoneTests {
    let f = FrenchFormatter()

    @Test func frenchNumber() throws {
        let phone = try #require(f.phone(e164: "+33199000000"))
        expectExact(phone.display, "01\u{00A0}99\u{00A0}00\u{00A0}00\u{00A0}00")
        expectExact(phone.href, "tel:+33199000000")
        expectExact(try #require(f.phone(e164: "+33612345678")).display, "06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78")
    }

    @Test func otherCountries() throws {
        let uk = try #require(f.phone(e164: "+442071234567"))
        expectExact(uk.display, "+44\u{00A0}2071234567")
        expectExact(uk.href, "tel:+442071234567")
        expectExact(try #require(f.phone(e164: "+12025550123")).display, "+1\u{00A0}2025550123")
        expectExact(try #require(f.phone(e164: "+262262123456")).display, "+262\u{00A0}262123456")
        expectExact(try #require(f.phone(e164: "+3221234567")).display, "+32\u{00A0}21234567")
        // +33 without nine national digits is not shown in the French form.
        expectExact(try #require(f.phone(e164: "+3312345")).display, "+33\u{00A0}12345")
    }

    @Test(arguments: [
        "0199000000", "+33 1 99", "abc", "", "+", "+0199000000", "+331990000a", "+33 199000000", "+123456",
        "+1234567890123456", "tel:+33199000000", "+33199000000 ", "++33199000000", "+33\u{0661}99000000",
    ])
    func rejectsBadInput(_ text: String) {
        #expect(f.phone(e164: text) == nil)
    }

    @Test func lengthBounds() {
        #expect(f.phone(e164: "+1234567") != nil)  // 7 digits
        #expect(f.phone(e164: "+123456789012345") != nil)  // 15 digits
    }
}

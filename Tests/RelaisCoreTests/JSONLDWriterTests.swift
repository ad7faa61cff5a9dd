import Foundation
@testable import RelaisCore
import Testing

@Suite("JSON-LD writer")
struct JSONLDWriterTests {
    private struct Node: Encodable, Sendable {
        let type = "Thing"
        let name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    private struct Decoded: Decodable {
        let context: String
        let type: String
        let name: String
        enum CodingKeys: String, CodingKey { case context = "@context", type = "@type", name }
    }

    @Test func signsThatCouldEndOrCommentTheScriptAreEscaped() throws {
        let name = "a </script><script>alert(1)</script> <!-- b --> & c \u{2028}\u{2029} d/e"
        let block = try #require(JSONLDWriter.block(Node(name: name)))
        #expect(block == #"{"@context":"https://schema.org","@type":"Thing","name":"a \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u003c!-- b --\u003e \u0026 c \u2028\u2029 d/e"}"#)
        #expect(!block.contains("<") && !block.contains(">") && !block.contains("&"))
        // Strict JSON that decodes back to the very text.
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(block.utf8))
        #expect(decoded.name == name && decoded.context == "https://schema.org" && decoded.type == "Thing")
    }

    /// Amounts are exact decimals written as JSON numbers, keys sorted, one value or an array as there are.
    @Test func loanPartsAreTypedNodes() throws {
        struct Holder: Encodable, Sendable { let offers: OneOrMany<SchemaOrg.Offer>? }
        let component = RecordFinancialComponent(kind: Labelled(code: "loan", label: "Prêt"), amount: Decimal(string: "15000.50"), per: nil, cap: nil,
                                                 rateMax: nil, interestRate: 0, durationMonths: 60, territory: nil, note: nil,
                                                 minAmount: nil, rateMin: nil, minDurationMonths: nil)
        let loan = SchemaOrg.LoanOrCredit(component)
        let block = try #require(JSONLDWriter.block(Holder(offers: OneOrMany([SchemaOrg.Offer(loan: loan)]))))
        #expect(block == #"{"@context":"https://schema.org","offers":{"@type":"Offer","itemOffered":{"@type":"LoanOrCredit","amount":{"@type":"MonetaryAmount","currency":"EUR","value":15000.5},"interestRate":0,"loanTerm":{"@type":"QuantitativeValue","unitCode":"MON","value":60},"name":"Prêt"}}}"#)
        #expect(JSONLDWriter.block(Holder(offers: OneOrMany([]))) == #"{"@context":"https://schema.org"}"#)
    }
}

import Foundation

extension SchemaOrg {
    /// A loan part: its amount, rate and term.
    struct LoanOrCredit: Encodable, Sendable {
        let type = "LoanOrCredit"
        let name: String
        let description: String?
        let amount: MonetaryAmount?
        let interestRate: Decimal?
        let loanTerm: QuantitativeValue?

        enum CodingKeys: String, CodingKey { case type = "@type", name, description, amount, interestRate, loanTerm }

        init(_ component: RecordFinancialComponent) {
            name = component.kind.label
            description = component.note
            // The amount per job or project; with none, the most that can be lent.
            if let value = component.amount {
                amount = MonetaryAmount(value: value, maxValue: nil)
            } else {
                amount = component.cap.map { MonetaryAmount(value: nil, maxValue: $0) }
            }
            interestRate = component.interestRate
            loanTerm = component.durationMonths.map { QuantitativeValue(value: $0, unitCode: "MON") }
        }
    }

    struct MonetaryAmount: Encodable, Sendable {
        let type = "MonetaryAmount"
        let value: Decimal?
        let maxValue: Decimal?
        let currency = "EUR"

        enum CodingKeys: String, CodingKey { case type = "@type", value, maxValue, currency }
    }

    /// A quantity with its UN/CEFACT unit: `MON` for months.
    struct QuantitativeValue: Encodable, Sendable {
        let type = "QuantitativeValue"
        let value: Int
        let unitCode: String

        enum CodingKeys: String, CodingKey { case type = "@type", value, unitCode }
    }
}

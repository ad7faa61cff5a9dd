import Foundation

extension SchemaOrg {
    /// What is offered: a loan of an aid, or the registration to an event.
    struct Offer: Encodable, Sendable {
        let type = "Offer"
        let itemOffered: LoanOrCredit?
        let price: Decimal?
        let priceCurrency: String?
        let availability: String?
        let url: String?
        let validThrough: String?

        enum CodingKeys: String, CodingKey { case type = "@type", itemOffered, price, priceCurrency, availability, url, validThrough }

        init(loan: LoanOrCredit) {
            itemOffered = loan
            price = nil
            priceCurrency = nil
            availability = nil
            url = nil
            validThrough = nil
        }

        init(price: Decimal, availability: String, url: String, validThrough: String?) {
            itemOffered = nil
            self.price = price
            priceCurrency = "EUR"
            self.availability = availability
            self.url = url
            self.validThrough = validThrough
        }
    }
}

import Foundation

extension SchemaOrg {
    /// An aid scheme as a `GovernmentService`. Not a `MonetaryGrant`: that type describes a grant already
    /// awarded to someone, not a scheme open to applicants.
    struct GovernmentService: Encodable, Sendable {
        let type = "GovernmentService"
        let name: String
        let description: String
        let url: String
        let serviceType: OneOrMany<String>?
        let provider: OneOrMany<Organization>?
        let serviceOperator: OneOrMany<Organization>?
        let areaServed: OneOrMany<AdministrativeArea>?
        let audience: OneOrMany<Audience>?
        let availableChannel: ServiceChannel?
        let offers: OneOrMany<Offer>?

        enum CodingKeys: String, CodingKey {
            case type = "@type", name, description, url, serviceType, provider, serviceOperator, areaServed, audience, availableChannel, offers
        }

        init(_ aid: RecordAid) {
            name = aid.title
            description = aid.promise
            url = aid.url.absolute
            serviceType = OneOrMany(aid.aidTypes.map(\.label))
            // The funders provide the service; a scheme that names none is provided by whoever backs it.
            let funders = aid.backers.filter { $0.roles.contains { ["funder", "cofunder"].contains($0.code) } }
            provider = OneOrMany((funders.isEmpty ? aid.backers : funders).map { Organization($0.organisation) })
            serviceOperator = OneOrMany(aid.backers.filter { $0.roles.contains { $0.code == "operator" } }.map { Organization($0.organisation) })
            areaServed = OneOrMany(aid.territories.map(AdministrativeArea.init))
            audience = OneOrMany(aid.audiences.map { Audience(audienceType: $0.label) })
            availableChannel = aid.applicationURL.map { ServiceChannel(serviceUrl: $0.absolute) }
            offers = OneOrMany(aid.financialComponents.filter { Self.loanKinds.contains($0.kind.code) }.map { Offer(loan: LoanOrCredit($0)) })
        }

        /// The money parts that are lent and paid back.
        static let loanKinds: Set<String> = ["loan", "honourLoan"]
    }

    /// A territory an aid serves: `DEP-94`, "Val-de-Marne (94)".
    struct AdministrativeArea: Encodable, Sendable {
        let type = "AdministrativeArea"
        let name: String
        let identifier: String

        enum CodingKeys: String, CodingKey { case type = "@type", name, identifier }

        init(_ territory: NamedTerritory) {
            name = territory.name
            identifier = territory.code
        }
    }

    struct Audience: Encodable, Sendable {
        let type = "Audience"
        let audienceType: String

        enum CodingKeys: String, CodingKey { case type = "@type", audienceType }
    }

    /// Where to apply.
    struct ServiceChannel: Encodable, Sendable {
        let type = "ServiceChannel"
        let serviceUrl: String

        enum CodingKeys: String, CodingKey { case type = "@type", serviceUrl }
    }
}

extension SchemaOrg {
    /// An `Organization`, or a `GovernmentOrganization` for the State, local authorities and public bodies.
    struct Organization: Encodable, Sendable, Hashable {
        let type: String
        let name: String
        let alternateName: String?
        let url: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", name, alternateName, url
        }

        /// One of the guide's organisations: its own website, else its entry on the contacts page.
        init(_ organisation: OrganisationSummary) {
            type = Self.governmentKinds.contains(organisation.kind.code) ? "GovernmentOrganization" : "Organization"
            name = organisation.name
            alternateName = organisation.acronym
            url = (organisation.website ?? organisation.url).absolute
        }

        /// An organisation known by its name only.
        init(name: String) {
            type = "Organization"
            self.name = name
            alternateName = nil
            url = nil
        }

        /// Ministries, State services and operators, local authorities and consular chambers (public bodies).
        static let governmentKinds: Set<String> = [
            "stateMinistry", "stateDeconcentrated", "stateOperator", "region", "department", "epci", "ept", "commune", "consularChamber",
        ]
    }
}

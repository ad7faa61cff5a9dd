/// One entry of the `porteurs` column: `{"nom": …, "roles": […], "siren": …}`, `siren` null when unknown.
struct Porteur: Sendable, Encodable {
    let nom: String
    let siren: String?
    let roles: [String]

    enum CodingKeys: String, CodingKey { case nom, siren, roles }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nom, forKey: .nom)
        // Written as null rather than left out: every entry has the same three keys.
        try container.encode(siren, forKey: .siren)
        try container.encode(roles, forKey: .roles)
    }
}

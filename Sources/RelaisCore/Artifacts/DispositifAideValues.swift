/// The guide's coded values in the national schema's value lists. Where the national list has no equivalent,
/// the closest value is chosen; `docs/open-data.md` gives the reasons.
enum DispositifAideValues {
    /// `types_aides`: the national list is assistance, avantage fiscal, conseil, étude, financement, formation,
    /// information, prêt.
    static let aidTypes: [String: String] = [
        "grant": "financement", "equity": "financement", "hiringBonus": "financement",
        "loan": "prêt", "honourLoan": "prêt", "recoverableAdvance": "prêt", "guarantee": "prêt",
        "support": "conseil", "engineering": "conseil", "training": "formation",
        "hosting": "assistance", "other": "assistance",
    ]

    /// `cibles`: professionnels, particuliers, associations, secteur public.
    static let audiences: [String: [String]] = [
        "company": ["professionnels"], "businessCreator": ["professionnels"],
        "jobSeeker": ["particuliers"], "employee": ["particuliers"],
        "association": ["associations"],
        // Insertion structures and the social economy are companies as well as associations.
        "insertionStructure": ["professionnels", "associations"], "socialEconomy": ["professionnels", "associations"],
        "localAuthority": ["secteur public"], "publicBody": ["secteur public"],
    ]
    static let audienceOrder = ["professionnels", "particuliers", "associations", "secteur public"]

    /// `porteurs[].roles`: diffuseur, financeur, instructeur.
    static let backerRoles: [String: String] = [
        "funder": "financeur", "cofunder": "financeur", "instructor": "instructeur",
        // The operator runs the scheme: it receives and examines the applications.
        "operator": "instructeur",
    ]

    static func types(_ aidTypes: [Labelled]) -> [String] {
        aidTypes.compactMap { self.aidTypes[$0.code] }.uniqued()
    }

    static func audiences(_ audiences: [Labelled]) -> [String] {
        let values = Set(audiences.flatMap { self.audiences[$0.code] ?? [] })
        return audienceOrder.filter(values.contains)
    }

    static func roles(_ roles: [Labelled]) -> [String] {
        roles.compactMap { backerRoles[$0.code] }.uniqued()
    }
}

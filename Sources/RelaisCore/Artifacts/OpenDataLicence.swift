/// The licence of the guide's open data: Etalab's Licence Ouverte 2.0, the French public sector's open licence,
/// as Data Package `licenses` name it (SPDX identifier `etalab-2.0`).
struct OpenDataLicence: Sendable, Encodable {
    let name: String
    let title: String
    let path: String

    static let etalab = OpenDataLicence(name: "etalab-2.0", title: "Licence Ouverte 2.0",
                                        path: "https://spdx.org/licenses/etalab-2.0.html")
    /// Etalab's own page, in French, for readers.
    static let etalabPage = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
}

/// Territories as the national open-data schema writes them: COG codes (`REG-32`, `DEP-94`, `EPCI-200058014`,
/// `COM-94041`, `ZE-1109`) joined by `|`. The guide's own codes are already in that form; a basin id is not,
/// and stands for the codes the basin is made of.
enum NationalTerritoryCodes {
    /// A basin's own codes: `codes.cog` and its employment zone; without them, its sub-territories' codes.
    static func ownCodes(cog: [String], ze2020: String?, subTerritories: [String]) -> [String] {
        let own = cog + (ze2020.map { [Territories.employmentZoneCode($0)] } ?? [])
        return (own.isEmpty ? subTerritories : own).uniqued()
    }

    /// The national codes of one territory of an aid.
    static func codes(of territory: NamedTerritory, in record: RecordReader) -> [String] {
        switch territory.kind {
        case "basin": record.basin(territory.code)?.ownCodes ?? []
        // The COG code of France. The guide lists aids for French businesses and people: a European aid is
        // eligible here as in all of France (its wider scope is said in its description).
        case "country", "europe": [france]
        default: [territory.code]
        }
    }

    static let france = "PAYS-99100"

    /// The national codes of every territory of an aid, each once.
    static func codes(of aid: RecordAid, in record: RecordReader) -> [String] {
        aid.territories.flatMap { codes(of: $0, in: record) }.uniqued()
    }

    /// Whether the national pattern `^[A-Z]+-\d+$` accepts a code: Corsica's `DEP-2A`, `DEP-2B` and its
    /// communes (`COM-2A004`) do not fit, though they are the official COG codes.
    /// Read on the bytes, as the pattern reads them: splitting and comparing Characters cost more than the rest of
    /// the check over 10,000 aids.
    static func fitsNationalPattern(_ code: String) -> Bool {
        let bytes = code.utf8
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")) else { return false }
        let letters = bytes[..<dash], digits = bytes[bytes.index(after: dash)...]
        return !letters.isEmpty && letters.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
            && !digits.isEmpty && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

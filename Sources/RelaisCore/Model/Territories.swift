/// France's regions and departments: their names, to show codes to readers, and which region holds which
/// department, so that an aid for a region is found on the basins inside it.
enum Territories {
    static let regions: [String: String] = [
        "01": "Guadeloupe", "02": "Martinique", "03": "Guyane", "04": "La Réunion", "06": "Mayotte",
        "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté", "28": "Normandie",
        "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire", "53": "Bretagne",
        "75": "Nouvelle-Aquitaine", "76": "Occitanie", "84": "Auvergne-Rhône-Alpes", "93": "Provence-Alpes-Côte d’Azur", "94": "Corse",
    ]

    static let departments: [String: String] = [
        "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence", "05": "Hautes-Alpes", "06": "Alpes-Maritimes",
        "07": "Ardèche", "08": "Ardennes", "09": "Ariège", "10": "Aube", "11": "Aude", "12": "Aveyron", "13": "Bouches-du-Rhône",
        "14": "Calvados", "15": "Cantal", "16": "Charente", "17": "Charente-Maritime", "18": "Cher", "19": "Corrèze",
        "2A": "Corse-du-Sud", "2B": "Haute-Corse", "21": "Côte-d’Or", "22": "Côtes-d’Armor", "23": "Creuse", "24": "Dordogne",
        "25": "Doubs", "26": "Drôme", "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère", "30": "Gard", "31": "Haute-Garonne",
        "32": "Gers", "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire", "38": "Isère",
        "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire", "44": "Loire-Atlantique",
        "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne", "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche", "51": "Marne",
        "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse", "56": "Morbihan", "57": "Moselle",
        "58": "Nièvre", "59": "Nord", "60": "Oise", "61": "Orne", "62": "Pas-de-Calais", "63": "Puy-de-Dôme",
        "64": "Pyrénées-Atlantiques", "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin",
        "69": "Rhône", "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie", "74": "Haute-Savoie",
        "75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme",
        "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée", "86": "Vienne", "87": "Haute-Vienne",
        "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort", "91": "Essonne", "92": "Hauts-de-Seine",
        "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d’Oise",
        "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte",
    ]

    static let regionOfDepartment: [String: String] = {
        let regions: [String: [String]] = [
            "11": ["75", "77", "78", "91", "92", "93", "94", "95"], "24": ["18", "28", "36", "37", "41", "45"],
            "27": ["21", "25", "39", "58", "70", "71", "89", "90"], "28": ["14", "27", "50", "61", "76"],
            "32": ["02", "59", "60", "62", "80"], "44": ["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
            "52": ["44", "49", "53", "72", "85"], "53": ["22", "29", "35", "56"],
            "75": ["16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"],
            "76": ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"],
            "84": ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"],
            "93": ["04", "05", "06", "13", "83", "84"], "94": ["2A", "2B"],
            "01": ["971"], "02": ["972"], "03": ["973"], "04": ["974"], "06": ["976"],
        ]
        var table: [String: String] = [:]
        for (region, departments) in regions { for department in departments { table[department] = region } }
        return table
    }()

    /// `ZE-1109`: an employment zone (`codes.ze2020` of a basin) as a territory code.
    static func employmentZoneCode(_ zone: String) -> String { "ZE-" + zone }

    /// The code itself and the codes of the territories that contain it: `COM-94041` → `DEP-94`, `REG-11`.
    static func withParents(_ code: String) -> [String] {
        let parts = code.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return [code] }
        switch parts[0] {
        case "COM":
            let department = parts[1].hasPrefix("97") ? String(parts[1].prefix(3)) : String(parts[1].prefix(2))
            return [code] + withParents("DEP-\(department)")
        case "DEP":
            return [code] + (regionOfDepartment[parts[1]].map { ["REG-\($0)"] } ?? [])
        default:
            return [code]
        }
    }

    /// Names the content itself gives to codes: basins by id, intercommunalities by their organisation's
    /// SIREN (`EPCI-200058014`), communes by the sub-territories of basins (`COM-94041`).
    static func known(in content: ContentSet) -> [String: String] {
        var names: [String: String] = [:]
        for organisation in content.organisations {
            if let siren = organisation.siren { names["EPCI-\(siren)"] = organisation.name }
        }
        for basin in content.basins {
            names[basin.id] = basin.front.name
            for sub in basin.front.subTerritories { if let code = sub.code { names[code.code] = sub.name } }
        }
        return names
    }

    /// "Val-de-Marne (94)", "Hauts-de-France", a name the content gives, or a plain description of the code.
    static func name(of code: TerritoryCode, known: [String: String]) -> String {
        if let name = known[code.code] { return name }
        let value = String(code.code.split(separator: "-", maxSplits: 1).last ?? "")
        switch code.kind {
        case .region: return regions[value] ?? code.code
        case .department: return departments[value].map { "\($0) (\(value))" } ?? code.code
        case .basin: return code.code
        case .epci: return "Intercommunalité \(value)"
        case .commune: return "Commune \(value)"
        case .employmentZone: return "Zone d’emploi \(value)"
        case .france: return "France entière"
        case .europe: return "Union européenne"
        }
    }
}

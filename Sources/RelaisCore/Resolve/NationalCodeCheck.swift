/// Territory codes that `aides.csv` writes but the national `dispositif-aide` schema refuses: its pattern
/// `^[A-Z]+-\d+` has no room for Corsica's `DEP-2A`, `DEP-2B` or `COM-2A004`, which are the official codes.
/// The file keeps the true code and the author is warned where the code is written; the build goes on.
enum NationalCodeCheck {
    static func diagnostics(content: ContentSet, record: SiteRecord) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // One reader, and each aid file read in place: a reader made per territory and a file copied per aid retained
        // every field of the record and of the aid, 10,000 times.
        let reader = RecordReader(record)
        let files = content.aids
        for index in files.indices {
            guard let aid = record.aid(files[index].id) else { continue }
            // The record keeps the content's territories in their order.
            for (territory, written) in zip(aid.territories, files[index].front.territories) {
                let codes = NationalTerritoryCodes.codes(of: territory, in: reader)
                if territory.kind == "basin", codes.isEmpty, record.basin(territory.code) != nil {
                    diagnostics.append(Diagnostic(.warning, step: .validate, at: written.location,
                        "Le bassin « \(territory.code) » n'a aucun code de territoire : cette aide n'aura pas de couverture géographique (eligibilite_geographique) dans les données ouvertes.",
                        hint: "Donnez au bassin ses codes dans codes.cog (par exemple [DEP-94]) ou son code de zone d'emploi dans codes.ze2020."))
                }
                for code in codes where !NationalTerritoryCodes.fitsNationalPattern(code) {
                    let subject = territory.kind == "basin"
                        ? "Le bassin « \(territory.code) » compte le code « \(code) », qui sera écrit tel quel"
                        : "Le code « \(code) » sera écrit tel quel"
                    diagnostics.append(Diagnostic(.warning, step: .validate, at: written.location,
                        "\(subject) dans les données ouvertes (aides.csv), mais le schéma national dispositif-aide le refuse : il n'admet que des chiffres après le tiret.",
                        hint: "C'est une limite connue du schéma national pour la Corse : un validateur signalera cette ligne, le fichier reste lisible. Pour toute la Corse, le code REG-94 est accepté."))
                }
            }
        }
        return diagnostics
    }
}

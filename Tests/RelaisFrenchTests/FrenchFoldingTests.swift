import Testing
import RelaisFrench

@Suite struct FrenchFoldingTests {
    @Test(arguments: [
        ("Échanges et tables rondes", "echanges-et-tables-rondes"), ("Œuvre", "oeuvre"), ("L’emploi", "l-emploi"),
        ("  --À propos !  ", "a-propos"), ("Pre\u{0301}sentation", "presentation"), ("?!", ""),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(FrenchFolding.slug(text) == expected)
    }

    @Test func sortKeyIgnoresCaseAndAccentsOnly() {
        #expect(FrenchFolding.sortKey("Électricité d’Œuvre") == "electricite d’oeuvre")
        let sorted = ["Zèbre", "école", "Eau", "été"].sorted { FrenchFolding.sortKey($0) < FrenchFolding.sortKey($1) }
        #expect(sorted == ["Eau", "école", "été", "Zèbre"])
    }
}

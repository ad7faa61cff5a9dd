import Testing
@testable import RelaisMarkdown

@Suite struct HeadingIdentifierTests {
    @Test(arguments: [
        ("Échanges et tables rondes", "echanges-et-tables-rondes"),
        ("Œuvre", "oeuvre"),
        ("L’emploi", "l-emploi"),
        ("L'emploi des « jeunes » !", "l-emploi-des-jeunes"),
        ("  --Déjà vu--  ", "deja-vu"),
        ("ÀÂÄÁÃÅ àâäáãå Çç", "aaaaaa-aaaaaa-cc"),
        ("ÉÈÊË éèêë ÎÏÍÌ îïíì", "eeee-eeee-iiii-iiii"),
        ("ÔÖÓÒÕ ôöóòõ ÙÛÜÚ ùûüú", "ooooo-ooooo-uuuu-uuuu"),
        ("Ÿÿ Ææ æ Ññ", "yy-aeae-ae-nn"),
        ("Article 3.2 — Éligibilité (2024)", "article-3-2-eligibilite-2024"),
        ("", "section"),
        ("— !", "section"),
        ("Ελληνικά abc", "abc"),
        // NFD: "e" followed by a combining acute accent stays one letter.
        ("Pre\u{0301}sentation", "presentation"),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(HeadingIdentifier.slug(text) == expected)
    }

    @Test func uniqueAndAvoidsReserved() {
        var identifiers = HeadingIdentifier(prefix: "", reserved: ["contenu"])
        #expect(identifiers.identifier(for: "Contenu") == "contenu-2")
        #expect(identifiers.identifier(for: "contenu") == "contenu-3")
        #expect(identifiers.identifier(for: "Contenu 2") == "contenu-2-2")
        #expect(identifiers.identifier(for: "x") == "x")
    }

    @Test func headingLevels() {
        #expect(HeadingLevels.rendered(sourceLevels: [1, 3, 3, 4, 1], base: 2) == [2, 3, 3, 4, 2])
        #expect(HeadingLevels.rendered(sourceLevels: [2, 2, 4, 3, 5], base: 2) == [2, 2, 3, 3, 4])
        #expect(HeadingLevels.rendered(sourceLevels: [6, 1], base: 2) == [2, 2])
        #expect(HeadingLevels.rendered(sourceLevels: [], base: 2) == [])
    }
}

import RelaisCore
import RelaisFrench
import Testing

@Suite("New content files")
struct NewContentFileTests {
    /// Accents folded, `l'` and `d'` kept as words, news prefixed by their date.
    @Test(arguments: [
        ("Aide à l'embauche des séniors", NewContentFile.Kind.aid, "aides/aide-a-l-embauche-des-seniors.md"),
        ("Prêt d’honneur « Créer » 2024", .aid, "aides/pret-d-honneur-creer-2024.md"),
        ("Œuvres et cœurs", .page, "pages/oeuvres-et-coeurs.md"),
        ("Bilan de l'année", .news, "actualites/2023-06-15-bilan-de-l-annee.md"),
    ])
    func pathFollowsTheFrenchSlugRule(title: String, kind: NewContentFile.Kind, path: String) throws {
        let date = try #require(CalendarDate(iso: "2023-06-15"))
        #expect(NewContentFile(kind: kind, title: title, date: date).relativePath == path)
    }

    @Test func titleIsQuotedForYAML() throws {
        let date = try #require(CalendarDate(iso: "2023-06-15"))
        let text = NewContentFile(kind: .page, title: "Un \"titre\" \\ \u{1B}[31m", date: date).text(contentPath: "/nulle-part")
        #expect(text.hasPrefix("---\n# yaml-language-server: $schema=../.schemas/pages.schema.json\ntitle: \"Un \\\"titre\\\" \\\\ \\x1B[31m\"\n"))
    }
}

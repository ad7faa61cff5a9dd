import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The example's accessibility statement and privacy page say only what the built site does: each feature they
/// mention is looked for in the built site (its pages, its scripts, its index), and the statement's status, date,
/// contact and recourse come from site.yaml and the publisher.
@Suite("Statements tell the truth")
struct StatementTruthTests {
    struct Site {
        let output: String
        let pages: [String]
        let scripts: [String: String]

        func html(_ file: String) throws -> String { try String(contentsOfFile: "\(output)/\(file)", encoding: .utf8) }
    }

    static func site() async throws -> Site {
        let (output, _) = await ExampleSite.shared.build()
        let pages = EveryPageTests.pages(in: output)
        var scripts: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: "\(output)/assets") where file.hasSuffix(".js") {
            scripts[file] = try String(contentsOfFile: "\(output)/assets/\(file)", encoding: .utf8)
        }
        return Site(output: output, pages: pages, scripts: scripts)
    }

    /// The text of a page's main content, folded (no accents, lower case, apostrophes straight).
    static func claims(_ page: HTMLElement) throws -> String {
        FrenchFolding.sortKey(try #require(page.byID("contenu")).text).replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    /// Each feature a statement may mention, and how the built site shows it is true.
    static func check(_ text: String, against site: Site, page: String) throws {
        func mentions(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        let resources = try site.pages.flatMap { file -> [String] in
            let page = try HTMLTree.parse(try site.html(file))
            return page.all { ["script", "img", "iframe", "link"].contains($0.name) && ($0.name != "link" || ["stylesheet", "icon"].contains($0["rel"] ?? "")) }
                .compactMap { $0["src"] ?? $0["href"] }
        }
        if mentions("recherche") {
            #expect(site.pages.contains("recherche/index.html") && site.scripts.keys.contains { $0.hasPrefix("recherche.") }, "\(page): search")
            #expect(FileManager.default.fileExists(atPath: "\(site.output)/recherche/index/manifeste.json"), "\(page): search index")
        }
        if mentions("ce que vous tapez n'est envoye a personne", "fonctionne entierement dans votre navigateur") {
            let search = try #require(site.scripts.first { $0.key.hasPrefix("recherche.") }?.value)
            #expect(!search.contains("http") && !search.contains("sendBeacon") && !search.contains("XMLHttpRequest"), "\(page): the query stays in the browser")
        }
        if mentions("cookie") {
            #expect(site.scripts.values.allSatisfy { !$0.contains("cookie") && !$0.contains("localStorage") && !$0.contains("sessionStorage") }, "\(page): cookies")
        }
        if mentions("mesure d'audience", "autre site", "service tiers") {
            #expect(resources.allSatisfy { $0.hasPrefix("/") }, "\(page): nothing from another host")
            #expect(site.scripts.values.allSatisfy { !$0.contains("http") }, "\(page): scripts ask no other host")
        }
        if mentions("filtre") {
            #expect(site.scripts.keys.contains { $0.hasPrefix("filtre.") }, "\(page): filter script")
            #expect(try site.html("aides/index.html").contains("id=\"filtre\""), "\(page): filter form")
        }
        if mentions("fonctionnent sans javascript", "fonctionne sans javascript") {
            Issue.record("\(page) says something works without JavaScript: only the guide's pages do, not the filter or the search")
        }
        if mentions("graphique") {
            for file in site.pages where try site.html(file).contains("<svg") {
                #expect(try site.html(file).contains("<table"), "\(page): a chart without its table in \(file)")
            }
        }
        if mentions("lien d'evitement") {
            #expect(try site.html("index.html").contains("class=\"skip-link\" href=\"#contenu\""), "\(page): skip link")
        }
        if mentions("plan du site") { #expect(site.pages.contains("plan-du-site/index.html"), "\(page): site map") }
    }

    @Test func theAccessibilityStatement() async throws {
        let site = try await Self.site()
        let record = try await Repository.exampleRecord()
        let page = try await ExampleSite.shared.page(Presentation.accessibilityPath)
        let text = try Self.claims(page)
        try Self.check(text, against: site, page: "accessibilite")
        // From site.yaml: the status, and without an audit, the date of the last change.
        #expect(text.contains("le site est \(record.site.accessibility.label) avec le referentiel general d'amelioration de l'accessibilite (rgaa), version 4.1"))
        #expect(record.site.accessibilityAuditDate == nil && text.contains("aucun audit n'a encore ete mene"))
        // The publisher's accessibility contact, the recourse, and the editor's own text.
        let links = page.all("a").compactMap { $0["href"] }
        #expect(links.contains("mailto:accessibilite@example.org") && links.contains("tel:+33199000109"))
        #expect(links.contains("https://formulaire.defenseurdesdroits.fr/") && text.contains("libre reponse 71120"))
        #expect(text.contains("precisions de l'editeur") && text.contains("documents publies par d'autres organismes"))
        // What the build publishes: JavaScript, named with what it is for.
        #expect(text.contains("technologies utilisees : html, css, javascript"))
        #expect(page.all("h1").map(\.text) == ["Déclaration d’accessibilité"])
    }

    @Test func thePrivacyPage() async throws {
        let site = try await Self.site()
        let text = try Self.claims(try await ExampleSite.shared.page("/donnees-personnelles/"))
        #expect(text.contains("cookie") && text.contains("recherche"))
        try Self.check(text, against: site, page: "donnees-personnelles")
    }

    /// The check itself finds a statement's untruth: the old example's sentence about filters without JavaScript.
    @Test func aFalseClaimIsFound() async throws {
        let site = try await Self.site()
        withKnownIssue {
            try Self.check("les pages et les filtres des aides fonctionnent sans javascript", against: site, page: "test")
        }
        let noSearch = site.scripts.filter { !$0.key.hasPrefix("recherche.") }
        withKnownIssue {
            try Self.check("la recherche fonctionne entierement dans votre navigateur", against: Site(output: site.output, pages: site.pages, scripts: noSearch), page: "test")
        }
    }
}

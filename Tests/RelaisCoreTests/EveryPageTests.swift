import Foundation
@testable import RelaisCore
import Testing

/// What every page of the built example site has (issue 9, "Every page"): the skip link first, the header with the
/// logo and the menu marking the current section, a breadcrumb below home, one `h1`, a description, the footer with
/// the publisher, the legal pages and the accessibility status, a Content-Security-Policy, no inline script or style
/// and nothing from another host; and the site map that lists the pages by section.
@Suite("Every page")
struct EveryPageTests {
    static func pages(in output: String) -> [String] {
        (FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    /// `aides/x/index.html` → `/aides/x/`
    static func sitePath(_ file: String) -> String {
        file == "index.html" ? "/" : file.hasSuffix("/index.html") ? "/" + file.dropLast("index.html".count) : "/" + file
    }

    @Test func chromeOfEveryPage() async throws {
        let (output, report) = await ExampleSite.shared.build()
        #expect(report.succeeded)
        let files = Self.pages(in: output)
        #expect(files.count > 60)
        let sections = ["/aides/", "/evenements/", "/bassins/", "/programmes/", "/contacts/", "/actualites/"]
        for file in files {
            let path = Self.sitePath(file)
            let html = try String(contentsOfFile: "\(output)/\(file)", encoding: .utf8)
            let page = try HTMLTree.parse(html)
            let body = try #require(page.first("body"), "\(file)")
            // The skip link is the first link of the page, to the main content.
            let firstLink = try #require(body.first("a"), "\(file)")
            #expect(firstLink["href"] == "#contenu" && firstLink.text == "Aller au contenu", "\(file)")
            #expect(page.byID("contenu")?.name == "main", "\(file)")
            // Header: the site's title and logo, linking home; the menu.
            let header = try #require(page.first("header"), "\(file)")
            let logo = try #require(header.first("img"), "\(file)")
            #expect(logo["src"] == "/media/logo.svg" && logo["alt"]?.isEmpty == false)
            #expect(header.first("a")?["href"] == "/")
            let menu = try #require(header.all("nav").first { $0["aria-label"] == "Menu principal" }, "\(file)")
            let current = menu.all("a").filter { $0["aria-current"] != nil }.compactMap { $0["href"] }
            let section = sections.first { path.hasPrefix($0) }
            #expect(current == (section.map { [$0] } ?? []), "\(file): \(current)")
            // A breadcrumb below home, starting at home.
            let breadcrumb = page.all("nav").first { $0["aria-label"] == "Fil d’Ariane" }
            if path == "/" || path == "/404.html" {
                #expect(path == "/404.html" || breadcrumb == nil)
            } else {
                #expect(breadcrumb?.first("a")?["href"] == "/", "\(file)")
            }
            #expect(page.all("h1").count == 1, "\(file)")
            let description = page.all("meta").first { $0["name"] == "description" }?["content"] ?? ""
            #expect(description.count > 20, "\(file)")
            // Footer: publisher, legal pages, site map, the accessibility status.
            let footer = try #require(page.first("footer"), "\(file)")
            let links = Set(footer.all("a").compactMap { $0["href"] })
            #expect(links.isSuperset(of: ["/mentions-legales/", "/donnees-personnelles/", "/accessibilite/", "/plan-du-site/"]), "\(file)")
            #expect(footer.text.contains("Éditeur\(Space.noBreak): Maison de l’emploi"), "\(file)")
            #expect(footer.all("a").contains { $0["href"] == "/accessibilite/" && $0.text == "Accessibilité\(Space.noBreak): non conforme" }, "\(file)")
            // Security: a CSP that forbids inline scripts and other hosts; nothing inline, nothing from elsewhere.
            let csp = page.all("meta").first { $0["http-equiv"] == "Content-Security-Policy" }?["content"] ?? ""
            #expect(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("http"), "\(file)")
            for script in page.all("script") {
                #expect(script["type"] == "application/ld+json" || (script["src"] != nil && script.text.isEmpty), "\(file)")
            }
            #expect(page.all { $0["style"] != nil }.isEmpty && page.all("style").isEmpty, "\(file)")
            for element in page.all({ ["script", "img", "link", "iframe", "source"].contains($0.name) }) {
                let resource = element.name == "link" && !["stylesheet", "icon", "preload"].contains(element["rel"] ?? "") ? nil : (element["src"] ?? element["href"])
                #expect(resource.map { $0.hasPrefix("/") } ?? true, "\(file): \(resource ?? "")")
            }
        }
    }

    /// The site map lists every content page, under its section, and the site's own pages.
    @Test func siteMapListsEveryPageBySection() async throws {
        let record = try await Repository.exampleRecord()
        let siteMap = try await ExampleSite.shared.page("/plan-du-site/")
        let links = Set(siteMap.all("a").compactMap { $0["href"] })
        let items = record.aids.map(\.path) + record.events.map(\.path) + record.basins.map(\.path) + record.programmes.map(\.path)
            + record.news.map(\.path) + record.pages.map(\.path)
        for path in items + ["/", "/aides/", "/evenements/", "/bassins/", "/programmes/", "/actualites/", "/contacts/", "/recherche/", "/donnees/"] {
            #expect(links.contains(path), "\(path)")
        }
        let sections = siteMap.all("h2").map(\.text)
        #expect(sections.starts(with: ["Aides", "Événements", "Bassins d’emploi", "Programmes", "Actualités"]))
    }

    /// The theme's files are published under fingerprinted names, and no file of the site asks another host.
    @Test func fingerprintedAssets() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let assets = try FileManager.default.contentsOfDirectory(atPath: "\(output)/assets").sorted()
        #expect(assets.count == 3 && assets.allSatisfy { $0.wholeMatch(of: /(relais|filtre|recherche)\.[0-9a-f]{10}\.(css|js)/) != nil }, "\(assets)")
        let home = try await ExampleSite.shared.page("/")
        let stylesheet = try #require(home.all("link").first { $0["rel"] == "stylesheet" }?["href"])
        #expect(assets.contains(String(stylesheet.dropFirst("/assets/".count))))
        let css = try String(contentsOfFile: "\(output)\(stylesheet)", encoding: .utf8)
        #expect(!css.contains("@import") && !css.contains("url(http") && !css.contains("//fonts."))
    }
}

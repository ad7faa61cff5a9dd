import Foundation
@testable import RelaisCore
import Testing

/// The theme's colours: every pair the stylesheet shows together meets WCAG 2.1 AA in light and dark mode, with the
/// defaults and with the example's brand colours, computed from the published stylesheet; the stylesheet uses no
/// colour pair the palette does not check; a site colour under its minimum is an error naming the pair and ratio.
@Suite("Theme contrast")
struct ThemeContrastTests {
    /// The custom properties of the published stylesheet's light block and dark block.
    static func properties(_ css: String) -> (light: [String: String], dark: [String: String]) {
        func block(after marker: String) -> [String: String] {
            guard let start = css.range(of: marker), let open = css[start.upperBound...].range(of: ":root {"),
                  let close = css[open.upperBound...].firstIndex(of: "}") else { return [:] }
            var values: [String: String] = [:]
            for declaration in css[open.upperBound..<close].split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, parts[0].hasPrefix("--") { values[String(parts[0].dropFirst(2))] = parts[1] }
            }
            return values
        }
        return (block(after: "/* Colours of the theme"), block(after: "@media (prefers-color-scheme: dark)"))
    }

    @Test func everyPairOfThePublishedStylesheetInBothModes() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let home = try await ExampleSite.shared.page("/")
        let href = try #require(home.all("link").first { $0["rel"] == "stylesheet" }?["href"])
        let css = try String(contentsOfFile: output + href, encoding: .utf8)
        let (light, dark) = Self.properties(css)
        #expect(light["brand"] == "#0f5c4c" && dark["brand"] == "#7fd6c2", "the example's brand colours")
        var checked = 0
        for (mode, values) in [("light", light), ("dark", dark)] {
            for pair in ThemePalette.pairs {
                let foreground = try #require(values[pair.foreground.rawValue].flatMap(HexColour.init), "\(mode) \(pair.foreground)")
                let background = try #require(values[pair.background.rawValue].flatMap(HexColour.init), "\(mode) \(pair.background)")
                let ratio = HexColour.contrast(foreground, background)
                #expect(ratio >= pair.minimum, "\(mode): \(pair.foreground.rawValue) \(foreground) on \(pair.background.rawValue) \(background) = \(ratio)")
                checked += 1
            }
        }
        #expect(checked == ThemePalette.pairs.count * 2 && checked > 30)
        #expect(ThemePalette().problems().isEmpty, "the defaults")
    }

    /// Each rule of `assets/relais.css` that sets a text colour and a background from the palette sets a pair the
    /// palette checks; a text colour alone is checked against some background.
    @Test func theStylesheetUsesOnlyCheckedPairs() throws {
        let css = try String(contentsOfFile: Repository.templates + "/assets/relais.css", encoding: .utf8)
        let checked = Set(ThemePalette.pairs.map { "\($0.foreground.rawValue)/\($0.background.rawValue)" })
        let foregrounds = Set(ThemePalette.pairs.map(\.foreground.rawValue))
        let rules = css.split(separator: "}").map { String($0) }
        var seen = 0
        for rule in rules {
            let color = rule.firstMatch(of: /(?:^|[;{\s])color:\s*var\(--([a-z-]+)\)/)?.1
            let background = rule.firstMatch(of: /background(?:-color)?:\s*var\(--([a-z-]+)\)/)?.1
            guard let color else { continue }
            seen += 1
            if let background {
                #expect(checked.contains("\(color)/\(background)"), "unchecked pair in: \(rule.trimmingCharacters(in: .whitespacesAndNewlines))")
            } else {
                #expect(foregrounds.contains(String(color)), "unchecked text colour in: \(rule)")
            }
        }
        #expect(seen > 10)
        // No colour written outside the palette, except in print (black on white) and the logo's white plate.
        let literal = css.split(separator: "\n").filter { $0.contains("#") && !$0.contains("@media print") && !$0.contains("--") }
        #expect(literal.allSatisfy { $0.contains(".site-logo") || $0.contains("#000") || $0.contains("#999") || $0.contains("#fff;") }, "\(literal)")
    }

    @Test func aBrandColourTooPaleIsAnErrorNamingThePairAndRatio() async throws {
        let siteYAML = TestSite.minimal["site.yaml", default: ""] + """

            colours:
              light: { brand: "#7fa7e0" }
              dark: { accent: "#333333", brandd: "#fff" }
            """
        let site = try TestSite(["site.yaml": siteYAML])
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.succeeded)
        let lines = site.lines(report)
        let paleLine = try #require(siteYAML.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("#7fa7e0") }) + 1
        #expect(lines.contains { $0.hasPrefix("site.yaml:\(paleLine):")
            && $0.contains("En mode clair, le contraste entre la couleur de marque (liens, boutons) « #7fa7e0 » et le fond de page « #ffffff » n'est que de 2,46:1 ; il faut au moins 4,5:1") }, "\(lines)")
        #expect(lines.contains { $0.contains("En mode sombre, le contraste entre le contour du focus « #333333 » et le fond de page « #14171c » n'est que de 1,42:1") && $0.contains("3:1") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("site.yaml:\(paleLine + 1):") && $0.contains("La clé « brandd » est inconnue dans « colours.dark »") }, "\(lines)")
    }

    /// Found by hostile testing: an unquoted colour is a YAML comment, and the site took the default colours.
    @Test func anUnquotedColourIsAnErrorThatSaysToQuoteIt() async throws {
        let siteYAML = TestSite.minimal["site.yaml", default: ""] + """

            colours:
              light:
                brand: #0f5c4c
            """
        let site = try TestSite(["site.yaml": siteYAML])
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.succeeded)
        let lines = site.lines(report)
        let line = try #require(siteYAML.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("#0f5c4c") }) + 1
        #expect(lines.contains { $0.hasPrefix("site.yaml:\(line):") && $0.contains("« colours.light.brand » n'a pas de valeur") }, "\(lines)")
        #expect(report.diagnostics.contains { $0.hint?.contains("entre guillemets") == true })
    }
}

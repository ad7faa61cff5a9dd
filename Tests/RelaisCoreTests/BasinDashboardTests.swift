import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// The sentence as pages print it: French spacing around « », : and ;.
private func fr(_ text: String) -> String { FrenchTypography.apply(text) }

private let nb = Space.noBreak
private let nnb = Space.narrow

private let source = "source: { organisation: editeur, title: Étude, url: https://example.org/etude }"

@Suite("Basin charts")
struct BasinChartTests {
    private static let basin = TestSite.basin("""
            indicators:
              - id: emplois
                label: Emplois aidés
                unit: jobs
                \(source)
                chart: bar
                target: 40
                series:
                  - { period: "2018", value: 10 }
                  - { period: "2019", value: 25, status: provisional }
                  - { period: "2020", value: 30, status: estimate }
              - id: part
                label: Part des contrats
                unit: percent
                \(source)
                chart: line
                series:
                  - { period: "2018", value: 12.5 }
                  - { period: "2019", value: 20 }
                  - { period: "2020", value: 22.5, status: estimate }
            """)

    private func page() async throws -> (HTMLElement, TestSite) {
        let site = try TestSite(["bassins/essai.md": Self.basin])
        #expect(await site.build().succeeded)
        return (try HTMLTree.parse(try site.page("bassins/essai/index.html")), site)
    }

    @Test func barChartIsAnAccessibleFigureWithHatchedEstimatesAndItsTable() async throws {
        let (page, site) = try await page()
        defer { site.remove() }
        let section = try #require(page.byID("indicateur-emplois"))
        let figure = try #require(section.first("figure"))
        #expect(figure.first("figcaption")?.text == fr("Diagramme en barres : Emplois aidés, en emplois, de 2018 à 2020"))
        let svg = try #require(figure.first("svg"))
        #expect(svg["role"] == "img")
        let title = try #require(svg.first("title")), desc = try #require(svg.first("desc"))
        #expect(svg["aria-labelledby"] == "\(title["id"] ?? "?") \(desc["id"] ?? "?")")
        #expect(title.text == "Emplois aidés")
        #expect(desc.text.contains(fr("2019 : 25 (provisoire)")) && desc.text.contains(fr("2020 : 30 (estimation)")))
        // Round ticks from zero past the target, in French.
        #expect(svg.withClass("chart__tick").map(\.text) == ["0", "10", "20", "30", "40"])
        let bars = svg.withClass("chart__bar")
        #expect(bars.map { $0["class"] ?? "" } == ["chart__bar chart__bar--final", "chart__bar chart__bar--provisional", "chart__bar chart__bar--estimate"])
        // Heights in proportion: the plot is 174 units high (30 to 204) for 0 to 40.
        #expect(bars.map { $0["height"] ?? "" } == ["43.5", "108.8", "130.5"])
        #expect(bars[0]["fill"] == nil)
        let patterns = svg.all("pattern").compactMap { $0["id"] }
        #expect(bars[1]["fill"] == "url(#graphique-emplois-motif-provisional)" && patterns.contains("graphique-emplois-motif-provisional"))
        #expect(bars[2]["fill"] == "url(#graphique-emplois-motif-estimate)" && patterns.contains("graphique-emplois-motif-estimate"))
        #expect(svg.all("pattern").first { $0["id"] == "graphique-emplois-motif-estimate" }?.all("line").count == 2)
        #expect(svg.withClass("chart__value").map(\.text) == ["10", "25", "30"])
        #expect(svg.withClass("chart__status").map(\.text) == ["provisoire", "estimation"])
        #expect(svg.withClass("chart__target-label").first?.text == fr("Objectif : 40"))
        let legend = figure.withClass("chart__legend").first?.all("li").map(\.text) ?? []
        #expect(legend == [fr("barre pleine : valeur définitive"), fr("barre hachurée : valeur provisoire"),
                           fr("barre quadrillée : estimation, pas un chiffre officiel"), fr("ligne en tirets : objectif de 40")])
        #expect(section.withClass("chart__note").map(\.text).contains(fr("Les valeurs marquées « estimation » sont illustratives : ce ne sont pas des chiffres officiels.")))
        let table = try #require(section.first("table"))
        #expect(table.first("caption")?.text == fr("Données : Emplois aidés"))
        #expect(table.first("tbody")?.all("tr").map { $0.all("td").map(\.text) } == [
            ["10 emplois", "définitif", "-30 emplois"], ["25 emplois", "provisoire", "-15 emplois"], ["30 emplois", "estimation", "-10 emplois"],
        ])
        #expect(section.withClass("figure__source").first?.first("a")?["href"] == "https://example.org/etude")
    }

    @Test func lineChartDashesWhatIsNotFinal() async throws {
        let (page, site) = try await page()
        defer { site.remove() }
        let svg = try #require(page.byID("indicateur-part")?.first("svg"))
        #expect(svg["aria-labelledby"] == "graphique-part-titre graphique-part-description")
        #expect(svg.withClass("chart__tick").map(\.text) == ["0\(nnb)%", "10\(nnb)%", "20\(nnb)%", "30\(nnb)%"])
        #expect(svg.withClass("chart__line").map { $0["class"] ?? "" } == ["chart__line chart__line--solid", "chart__line chart__line--dashed"])
        let markers = svg.withClass("chart__point")
        #expect(markers.map(\.name) == ["circle", "circle", "polygon"])
        #expect(svg.withClass("chart__value").map(\.text) == ["12,5\(nnb)%", "20\(nnb)%", "22,5\(nnb)%"])
        #expect(page.byID("indicateur-part")?.withClass("chart__legend").first?.text.contains(fr("losange vide, trait en tirets : estimation")) == true)
    }

    @Test(arguments: [
        ([Decimal(36_500_000), 32_000_000], [Decimal(0), 10_000_000, 20_000_000, 30_000_000, 40_000_000]),
        ([Decimal(1800), 0, 450], [Decimal(0), 500, 1000, 1500, 2000]),
        ([Decimal(string: "0.3")!, Decimal(string: "0.05")!], [Decimal(0), Decimal(string: "0.1")!, Decimal(string: "0.2")!, Decimal(string: "0.3")!]),
        ([Decimal(-20), 45], [Decimal(-20), 0, 20, 40, 60]),
    ])
    func scaleTicksAreRound(values: [Decimal], ticks: [Decimal]) {
        #expect(ChartScale(values: values).ticks == ticks)
    }

    @Test func svgTextIsEscapedForXML() {
        var svg = SVGWriter()
        svg.element("text", [("class", "a\"b")], text: "<script>&")
        #expect(svg.finish() == "<text class=\"a&quot;b\">&lt;script&gt;&amp;</text>")
    }
}

@Suite("Indicator CSV files")
struct IndicatorCSVTests {
    private func series(_ csv: String) async throws -> (values: [String], lines: [String]) {
        let basin = TestSite.basin("""
                indicators:
                  - { id: serie, label: Série, unit: euro, \(source), chart: none, series: { csv: data/serie.csv } }
                """)
        let site = try TestSite(["bassins/essai.md": basin, "data/serie.csv": csv])
        defer { site.remove() }
        let lines = site.lines(await site.build(writes: false))
        guard lines.isEmpty else { return ([], lines) }
        let record = try await site.record()
        let points = record.basins.first?.indicators.first?.series ?? []
        return (points.map { "\($0.period)=\($0.value)\($0.status.map { ":" + $0.code } ?? "")" }, [])
    }

    @Test(arguments: [
        ("period,value,status\n2018,4.5,final\n2019,1200,provisional\n", "English headers, commas, decimal point"),
        ("période;valeur;statut\r\n2018;4,5;final\r\n2019;1 200;provisional\r\n", "French headers, semicolons, decimal comma, CRLF"),
        ("\u{FEFF}periode;valeur;statut\n2018;4.5;final\n2019;1200;provisional\n", "BOM, unaccented French headers, decimal point"),
        ("Period,Value,Status\n2018,\"4,5\",final\n2019,1200,provisional\n", "capitalised English headers, quoted decimal comma"),
        ("valeur;période;statut\n4,5;2018;final\n1200;2019;provisoire\n", "columns in another order, French status"),
    ])
    func longLayouts(csv: String, _ what: String) async throws {
        let result = try await series(csv)
        #expect(result.lines == [], "\(what)")
        #expect(result.values == ["2018=4.5:final", "2019=1200:provisional"], "\(what)")
    }

    @Test func wideLayout() async throws {
        #expect(try await series("2018;2019;2020-T1\n4,5;1200;7\n").values == ["2018=4.5", "2019=1200", "2020-T1=7"])
        #expect(try await series("\u{FEFF}2018,2019\n4.5,1200\n").values == ["2018=4.5", "2019=1200"])
    }

    @Test(arguments: [
        ("period;value\n2018;12\n2019;douze\n", "data/serie.csv:3:6: « douze » n'est pas un nombre."),
        ("period,value\n2018,12\n2019,\"1,2.5\"\n", "data/serie.csv:3:6: « 1,2.5 » n'est pas un nombre."),
        ("periode;valeur;remarque\n2018;12;x\n", "data/serie.csv:1:16: La colonne « remarque » n'existe pas dans une série d'indicateur."),
        ("period,value,status\n2018,12,final\n2019,13,definitive\n", "data/serie.csv:3:9: « definitive » n'est pas un statut de valeur possible."),
        ("period,value\n2018,12\n2018,13\n", "data/serie.csv:3:1: La période « 2018 » apparaît deux fois dans la série."),
        ("period,value\n18,12\n", "data/serie.csv:2:1: La période « 18 » n'est pas dans un format reconnu."),
        ("period,value\n2019,12\n2018,13\n", "data/serie.csv:3:1: La période « 2018 » vient après « 2019 » : la série doit suivre l'ordre du temps."),
        ("period;value\n2018;12;3\n", "data/serie.csv:2:6: Cette ligne a 3 colonnes au lieu de 2."),
        ("valeur,statut\n12,final\n", "data/serie.csv:1:1: La ligne d'en-tête doit nommer les colonnes « period » et « value »."),
        ("2018;2019\n12;treize\n", "data/serie.csv:2:4: « treize » n'est pas un nombre."),
        ("2018;2019\n12;13\n14;15\n", "data/serie.csv:3:1: Une série en largeur n'a qu'une ligne de valeurs sous la ligne des périodes."),
    ])
    func problemsAreReportedAtTheirLineAndColumn(csv: String, expected: String) async throws {
        // Besides the warning that nothing could be read, when nothing could.
        let lines = try await series(csv).lines.filter { !$0.hasSuffix("Le fichier ne contient aucune valeur : l'indicateur sera vide.") }
        #expect(lines == [expected], "\(lines)")
    }
}

@Suite("Basin comparison")
struct BasinComparisonTests {
    private func basin(_ name: String, jobSeekers: Int?, territories: Int) -> String {
        let figure = jobSeekers.map { "keyFigures:\n  - { label: Demandeurs d'emploi, value: \($0), unit: people, \(source) }\n" } ?? ""
        let subTerritories = territories == 0 ? "" : "subTerritories:\n" + (1...territories).map { "  - { name: Commune \($0) }" }.joined(separator: "\n") + "\n"
        return "---\nname: \(name)\nsummary: Un bassin.\nkind: localBasin\n\(figure)\(subTerritories)dateModified: 2022-12-05\n---\n"
    }

    @Test func basinsAreComparedInEachColumnsOrderWithoutScript() async throws {
        let site = try TestSite([
            "bassins/aval.md": basin("Aval", jobSeekers: 1200, territories: 2),
            "bassins/berge.md": basin("Berge", jobSeekers: 5400, territories: 1),
            "bassins/colline.md": basin("Colline", jobSeekers: nil, territories: 3),
        ])
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let list = try HTMLTree.parse(try site.page("bassins/index.html"))
        let table = try #require(list.byID("tri-nom"))
        let headers = table.first("thead")?.all("th") ?? []
        #expect(headers.map { $0.textNodes(excluding: ["span"]).joined() } == ["Bassin", "Type", "Région", "Aides ouvertes", "Territoires décrits", "Demandeurs d’emploi (personnes)"])
        #expect(headers.first?["aria-sort"] == "ascending")
        #expect(table.first("tbody")?.all("tr").map { $0.first("th")?.text ?? "" } == ["Aval", "Berge", "Colline"])
        #expect(table.first("tbody")?.all("tr").map { $0.all("td").last?.text ?? "" } == ["1\(nnb)200 personnes", "5\(nnb)400 personnes", "—"])
        #expect(headers.last?.first("a")?["href"] == "#tri-chiffre-demandeurs-d-emploi")
        #expect(list.withClass("card--basin").count == 3)
        // The copy in that column's order, on the same page, where the header leads.
        let sorted = try #require(list.byID("tri-chiffre-demandeurs-d-emploi"))
        #expect(sorted.first("tbody")?.all("tr").map { $0.first("th")?.text ?? "" } == ["Berge", "Aval", "Colline"])
        #expect(sorted.first("thead")?.all("th").last?["aria-sort"] == "descending")
        #expect(sorted.first("thead")?.all("th").first?.first("a")?["href"] == "#tri-nom")
        #expect(list.withClass("comparison-copy").count == 5)
        let byTerritories = try #require(list.byID("tri-territoires"))
        #expect(byTerritories.first("tbody")?.all("tr").map { $0.first("th")?.text ?? "" } == ["Colline", "Aval", "Berge"])
        #expect(list.all("script").allSatisfy { $0["type"] == "application/ld+json" })
    }

    @Test func indicatorsAreOpenDataInLongFormat() async throws {
        let (output, _) = await ExampleSite.shared.build()
        let csv = try String(contentsOfFile: output + "/donnees/indicateurs.csv", encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "bassin,bassin_nom,indicateur,indicateur_libelle,periode,valeur,unite,statut,source,source_url")
        #expect(lines.contains { $0.hasPrefix("bassin-minier-nord-pas-de-calais,Bassin minier du Nord et du Pas-de-Calais,financement-siae,") && $0.contains(",2019,36500000,euro,target,") })
        #expect(lines.contains { $0.contains(",deld-cumul-iae,") && $0.contains(",2021,1350,people,estimate,") })
    }
}

@Suite("The mining basin")
struct MiningBasinTests {
    @Test func factsAreKeyFiguresAndEstimatesAreSaidToBeIllustrative() async throws {
        let page = try await ExampleSite.shared.page("/bassins/bassin-minier-nord-pas-de-calais/")
        let tiles = page.withClass("figure--tile")
        #expect(tiles.first?.withClass("figure__detail").first?.text == "en plus par an, en 2019")
        #expect(tiles.contains { $0.text.hasPrefix("32\(nb)M€") && $0.text.contains("par an") })
        #expect(tiles.contains { $0.text.hasPrefix("450 personnes") && $0.text.contains("en plus par an") })
        #expect(tiles.contains { $0.text.hasPrefix("3\(nnb)000 contrats") && $0.text.contains("soit 25\(nnb)% des PEC signés en Hauts-de-France") })
        #expect(tiles.contains { $0.text.hasPrefix("1\(nb)M€") })
        let charts = page.all("figure").filter { $0["class"] == "chart" }
        #expect(charts.count == 3)
        let cumul = try #require(page.byID("indicateur-deld-cumul-iae"))
        #expect(cumul.first("svg")?.withClass("chart__point--estimate").count == 3)
        #expect(cumul.text.contains("ce ne sont pas des chiffres officiels"))
        #expect(cumul.first("table")?.text.contains("estimation") == true)
    }
}

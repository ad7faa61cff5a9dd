import Foundation
@testable import RelaisCore
import RelaisFrench
import Testing

/// After each kind of change, an incremental build (through `.relais-cache/`) gives exactly the bytes of a clean
/// build, remakes fewer files when the change is local, and leaves every file whose bytes did not change untouched
/// (same inode, same mtime).
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A copy of the example site's content and templates, plus one more aid that can be deleted or renamed.
    struct Project {
        let root: URL
        var content: String { root.appendingPathComponent("Content").path }
        var templates: String { root.appendingPathComponent("Templates").path }
        var site: String { root.appendingPathComponent("Site").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("relais-incremental-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repository.content, toPath: content)
            try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates)
            var lines = try read("Content/aides/reboost-cci-val-de-marne.md").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let title = lines.firstIndex(where: { $0.hasPrefix("title:") }) { lines[title] = "title: \"Une aide de plus pour les essais\"" }
            let extra = lines.joined(separator: "\n")
            try write(extra, to: "Content/aides/aide-en-plus.md")
        }

        func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }
        func write(_ text: String, to path: String) throws { try Data(text.utf8).write(to: root.appendingPathComponent(path)) }
        func edit(_ path: String, _ change: (String) -> String) throws {
            let before = try read(path)
            let after = change(before)
            #expect(after != before, "the change to \(path) changes nothing")
            try write(after, to: path)
        }
        func remove() { try? FileManager.default.removeItem(at: root) }

        func build(date: String = "2023-06-15", output: String? = nil, cache: Bool = true) async -> BuildReport {
            await BuildPipeline(options: BuildOptions(contentPath: content, templatesPath: templates, outputPath: output ?? site,
                                                      buildDate: CalendarDate(iso: date)!, usesCache: cache)).run()
        }
    }

    /// Every regular file of a folder with its bytes and its stamp (inode and mtime).
    static func files(_ folder: String) throws -> [String: (bytes: Data, stamp: String)] {
        var files: [String: (Data, String)] = [:]
        for file in FileTree.list(folder).files {
            files[file] = (try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(file)")), BuildCache.stamp(of: "\(folder)/\(file)") ?? "")
        }
        return files
    }

    /// How many outputs the render step made again, from its progress line.
    static func remade(_ report: BuildReport) -> Int? {
        report.timings.first { $0.step == "render" }.flatMap { Int($0.summary.prefix { $0.isNumber }) }
    }

    enum Change: String, CaseIterable, Sendable {
        case aidBody, aidFrontMatter, aidNewestDate, footerPageTitle, organisation, template, partial, csvSeries, siteConfig, buildDate, deletedFile, renamedFile
    }

    @Test(arguments: Change.allCases)
    func incrementalOutputIsTheCleanOutput(_ change: Change) async throws {
        let project = try Project()
        defer { project.remove() }
        let first = await project.build(date: "2023-12-01")
        #expect(first.published, "\(first.diagnostics)")
        // A second build puts the first site aside as the spare, which the incremental build below starts from.
        #expect(await project.build(date: "2023-12-01", cache: false).published)
        #expect(Publisher.isRelaisFolder(project.root.appendingPathComponent(".Site.spare").path))
        let before = try Self.files(project.site)
        var date = "2023-12-01"
        switch change {
        case .aidBody:
            try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        case .aidFrontMatter:
            try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "Financez votre besoin", with: "Couvrez votre besoin") }
        case .aidNewestDate:
            // The newest date of the whole site: it changes what the site was last changed on, not every page.
            try project.edit("Content/aides/alixio-emplois-cdi.md") {
                $0.replacingOccurrences(of: "dateModified: 2022-12-05", with: "dateModified: 2023-11-30")
                    .replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement")
            }
        case .footerPageTitle:
            // Every page's footer shows it.
            try project.edit("Content/pages/a-propos.md") { $0.replacingOccurrences(of: "title: \"À propos du guide\"", with: "title: \"Qui sommes-nous ?\"") }
        case .organisation:
            try project.edit("Content/organisations.yaml") { $0.replacingOccurrences(of: "name: \"Alixio\"", with: "name: \"Alixio Conseil\"") }
        case .template:
            try project.edit("Templates/pages/aid.mustache") { $0.replacingOccurrences(of: "</article>", with: "<p>Fin de la fiche.</p>\n</article>") }
        case .partial:
            try project.edit("Templates/partials/aid-card.mustache") { $0.replacingOccurrences(of: "{{status.label}}", with: "Statut : {{status.label}}") }
        case .csvSeries:
            try project.edit("Content/data/bassin-minier-financement-siae.csv") { $0.replacingOccurrences(of: "2018;32000000", with: "2018;33000000") }
        case .siteConfig:
            try project.edit("Content/site.yaml") { $0.replacingOccurrences(of: "Guide des aides à l’emploi", with: "Guide des aides à l’embauche") }
        case .buildDate:
            // Alixio's aid closes on 31 December 2023: from open (J-30) to closed.
            date = "2024-01-02"
        case .deletedFile:
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("Content/aides/aide-en-plus.md"))
        case .renamedFile:
            try FileManager.default.moveItem(at: project.root.appendingPathComponent("Content/aides/aide-en-plus.md"),
                                             to: project.root.appendingPathComponent("Content/aides/aide-renommee.md"))
        }

        let incremental = await project.build(date: date)
        #expect(incremental.published && !incremental.upToDate, "\(incremental.diagnostics)")
        let clean = project.root.appendingPathComponent("Clean").path
        #expect(await project.build(date: date, output: clean, cache: false).published)

        let after = try Self.files(project.site), expected = try Self.files(clean)
        #expect(after.keys.sorted() == expected.keys.sorted())
        for (file, expectedFile) in expected {
            #expect(after[file]?.bytes == expectedFile.bytes, "\(change): \(file) differs from a clean build")
        }
        var changed = 0
        for (file, old) in before {
            guard let new = after[file] else { continue }
            if new.bytes == old.bytes {
                #expect(new.stamp == old.stamp, "\(change): \(file) did not change but was rewritten")
            } else {
                changed += 1
            }
        }
        #expect(changed > 0 || change == .deletedFile, "\(change) changed no file")
        // A local change remakes a few outputs, not the site.
        let local: Set<Change> = [.aidBody, .aidFrontMatter, .aidNewestDate, .csvSeries, .partial, .deletedFile, .renamedFile, .organisation]
        // The guide's listing pages all show every facet's count, and every card the aid-card partial: a change
        // to the set of aids or to that partial remakes them all, rightly; the rest stays local.
        // The search index numbers every page: a page added or removed renumbers the rest, and its files change;
        // an edit writes only the files whose bytes changed (SearchCacheTests).
        let guidePages = before.keys.filter { file in
            file == "aides/index.html" || ["aides/page/", "aides/cloturees/", "aides/type/", "aides/public/", "aides/theme/",
                                             "aides/territoire/", "aides/statut/", "recherche/index/"].contains { file.hasPrefix($0) }
        }.count
        #expect(guidePages > 10)
        if local.contains(change), let remade = Self.remade(incremental) {
            #expect(remade - guidePages < (before.count - guidePages) / 2, "\(change): \(remade) outputs remade")
        }
    }

    /// The lists that show an aid's card (the guide's pages, basins, programmes, the home page, related aids on other
    /// aids' pages) record the card's fields, not the whole aid: an edit to its body makes its own page and the data
    /// files again, not them. A card field edited makes them again (`aidFrontMatter` above: byte-identical).
    @Test func anAidsBodyRemakesItsPageNotTheListsShowingItsCard() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build(date: "2023-12-01").published)
        let options = BuildOptions(contentPath: project.content, templatesPath: project.templates, outputPath: project.site,
                                   buildDate: CalendarDate(iso: "2023-12-01")!)
        let cache = try #require(BuildCache.load(options: options, siteMarker: PublishStep(options: options).markerStamp))
        func readers(of key: String) -> Set<String> {
            Set(cache.outputs.filter { $0.value.inputs.contains { cache.inputs[$0].key == key } }.keys)
        }
        let showingCard = readers(of: "aidCard:alixio-emplois-cdi")
        #expect(showingCard.isSuperset(of: ["/aides/", "/aides/type/pret/"]), "\(showingCard.sorted())")
        #expect(showingCard.count > 5)
        let readingAll = readers(of: "aides:alixio-emplois-cdi")
        #expect(readingAll.isDisjoint(with: showingCard), "\(readingAll.intersection(showingCard).sorted())")
        #expect(readingAll.contains("/aides/alixio-emplois-cdi/"))

        #expect(await project.build(date: "2023-12-01", cache: false).published)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let body = await project.build(date: "2023-12-01")
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "Financez votre besoin", with: "Couvrez votre besoin") }
        let card = await project.build(date: "2023-12-01")
        let remadeForBody = try #require(Self.remade(body)), remadeForCard = try #require(Self.remade(card))
        #expect(remadeForBody + showingCard.count <= remadeForCard, "body \(remadeForBody), card \(remadeForCard)")
    }

    /// With no change at all, nothing is read, rendered or written.
    @Test func noChangeTouchesNothing() async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let before = try Self.files(project.site)
        let again = await project.build()
        #expect(again.upToDate && again.published)
        #expect(again.timings.map(\.step) == ["load"])
        let after = try Self.files(project.site)
        #expect(after.mapValues(\.stamp) == before.mapValues(\.stamp))

        // A file edited by hand in the published site is not trusted: the site is made again.
        try Data("modifié".utf8).write(to: URL(fileURLWithPath: project.site + "/contacts/index.html"))
        let repaired = await project.build()
        #expect(repaired.published && !repaired.upToDate)
        #expect(try Self.files(project.site)["contacts/index.html"]?.bytes == before["contacts/index.html"]?.bytes)
    }

    /// Found by hostile testing: hidden files, folders and symbolic links added to the published site by hand made
    /// a build with no change keep them. They are not what the inputs make: the site is made again without them.
    @Test(arguments: [".htaccess", ".well-known/security.txt", "aides/passwd", "dossier-vide/"])
    func anythingAddedToThePublishedSiteIsNotTrusted(_ added: String) async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let path = project.site + "/" + added
        if added.hasSuffix("/") {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } else if added == "aides/passwd" {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/etc/passwd")
        } else {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("ajouté".utf8).write(to: URL(fileURLWithPath: path))
        }
        let again = await project.build()
        #expect(again.published && !again.upToDate)
        var isDirectory: ObjCBool = false
        #expect(!FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil)
    }

    /// Found by hostile testing: `--medias-actifs` and `--taille-max` were not part of the input stamp, so dropping
    /// them after a build that needed them found "nothing changed" and kept a page with a script, or a file over the
    /// limit, published without the error a clean build reports.
    @Test(arguments: ["--medias-actifs", "--taille-max"])
    func anOptionDroppedIsNotNothingChanged(_ option: String) async throws {
        let project = try Project()
        defer { project.remove() }
        func build(_ withOption: Bool) async -> BuildReport {
            await BuildPipeline(options: BuildOptions(contentPath: project.content, templatesPath: project.templates, outputPath: project.site,
                                                      buildDate: CalendarDate(iso: "2023-06-15")!,
                                                      maxFileSize: option == "--taille-max" ? (withOption ? 3_000_000 : 1_000_000) : BuildOptions.defaultMaxFileSize,
                                                      allowsActiveMedia: withOption && option == "--medias-actifs")).run()
        }
        if option == "--medias-actifs" {
            try project.write("<p>Page</p><script>alert(1)</script>\n", to: "Content/media/page.html")
        } else {
            try project.write(try project.read("Content/organisations.yaml") + String(repeating: "# remplissage\n", count: 100_000), to: "Content/organisations.yaml")
        }
        #expect(await build(true).published)
        let again = await build(false)
        #expect(!again.upToDate && !again.published, "\(option)")
        #expect(again.diagnostics.contains { $0.severity == .error }, "\(option)")
    }

    /// Found by hostile testing: each cache file is written under `<name>.tmp-<pid>` then renamed. A symbolic link
    /// put at that name (the manifest's, a fragment index's) was followed, and a hard link (the memo's, the loaded
    /// aids') written through: the cache was written into a file outside `.relais-cache/`, here one of the user's.
    @Test(arguments: ["lien symbolique", "lien physique"])
    func aLinkAtATemporaryNameIsNotWrittenThrough(_ link: String) async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let folder = project.root.appendingPathComponent(".relais-cache").path
        let fragments = try FileManager.default.contentsOfDirectory(atPath: folder + "/fragments").map { "fragments/" + $0 }
        try #require(!fragments.isEmpty)
        var outside: [String] = []
        for name in ["manifest", "markdown", "content"] + fragments {
            let target = project.root.appendingPathComponent("hors-du-cache-\(outside.count)").path
            try Data("à garder\n".utf8).write(to: URL(fileURLWithPath: target))
            let temporary = "\(folder)/\(name).tmp-\(getpid())"
            if link == "lien symbolique" {
                try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: target)
            } else {
                try FileManager.default.linkItem(atPath: target, toPath: temporary)
            }
            outside.append(target)
        }
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        try project.edit("Content/site.yaml") { $0.replacingOccurrences(of: "Guide des aides à l’emploi", with: "Guide des aides à l’embauche") }
        #expect(await project.build().published)
        for target in outside {
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "à garder\n", "\(link): \(target)")
        }
        // And the cache was still written: the next build finds nothing changed.
        #expect(await project.build().upToDate)
    }

    /// A corrupt, truncated or foreign cache is never trusted: the build starts over and is still right.
    @Test(arguments: ["tronqué", "sans somme", "autre version"])
    func badCacheIsRebuilt(_ damage: String) async throws {
        let project = try Project()
        defer { project.remove() }
        #expect(await project.build().published)
        let manifest = project.root.appendingPathComponent(".relais-cache/manifest")
        var text = try String(contentsOf: manifest, encoding: .utf8)
        switch damage {
        case "tronqué": text = String(text.prefix(text.count / 2))
        case "sans somme": text = "0000000000000000" + text.drop { $0 != "\n" }
        default:
            let body = text.drop { $0 != "\n" }.dropFirst().replacingOccurrences(of: BuildCache.formatVersion, with: "relais-cache-0")
            text = StableHash.of(body.utf8) + "\n" + body
        }
        try Data(text.utf8).write(to: manifest)
        try project.edit("Content/aides/alixio-emplois-cdi.md") { $0.replacingOccurrences(of: "recrutent durablement", with: "embauchent durablement") }
        let report = await project.build()
        #expect(report.published && !report.upToDate)
        let render = try #require(report.timings.first { $0.step == "render" }?.summary)
        #expect(Self.remade(report) == Int(render.split(separator: " ")[4]), "\(render)")
        #expect(Self.remade(report) ?? 0 > 40)
        #expect(try String(contentsOfFile: project.site + "/aides/alixio-emplois-cdi/index.html", encoding: .utf8).contains("embauchent durablement"))
    }
}

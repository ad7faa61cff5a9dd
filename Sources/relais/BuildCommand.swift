import RelaisFrench
import ArgumentParser
import RelaisCore

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Génère le site complet dans Site/ (publié seulement si tout va bien).")
    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let report = try await options.run(writesOutput: true)
        if report.upToDate {
            Console.note("Rien n’a changé : le site publié dans \(options.output)/ est à jour (\(report.pageCount) pages).")
        } else {
            Console.note("Site publié dans \(options.output)/ : \(FrenchPlural.count(report.pageCount, "page")).")
        }
    }
}

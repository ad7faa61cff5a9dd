import ArgumentParser
import Foundation
import RelaisCore
import RelaisFrench

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée un fichier de contenu à remplir : relais new aid|event|basin|programme|page|news \"Titre\".",
        discussion: "Le fichier a toutes les clés obligatoires, vides, et les valeurs possibles en commentaire ; relais check dit ce qu'il reste à remplir. Un fichier existant n'est jamais remplacé.")
    @Argument(help: ArgumentHelp("La sorte de contenu : aid, event, basin, programme, page ou news.", valueName: "sorte")) var kind: String
    @Argument(help: ArgumentHelp("Le titre, qui donne aussi le nom du fichier.", valueName: "titre")) var title: String
    @Option(help: ArgumentHelp("Le dossier du contenu.", valueName: "dossier")) var content = "Content"
    @Option(help: ArgumentHelp("La date de mise à jour AAAA-MM-JJ (par défaut aujourd'hui).", valueName: "date")) var date: String?

    func run() async throws {
        guard let kind = NewContentFile.Kind(argument: kind) else {
            throw ValidationError("« \(TerminalText.escaped(kind)) » n'est pas une sorte de contenu ; choisissez aid, event, basin, programme, page ou news.")
        }
        let day: CalendarDate
        switch BuildOptions.buildDate(argument: date) {
        case .success(let value): day = value
        case .failure(let error): throw ValidationError(error.description)
        }
        do {
            let path = try NewContentFile(kind: kind, title: title, date: day).write(contentPath: content)
            Console.note("Fichier créé : \(path). Remplissez les valeurs vides, puis lancez relais check.")
        } catch {
            Console.note("erreur : \(TerminalText.escaped(error.description))")
            throw ExitCode(1)
        }
    }
}

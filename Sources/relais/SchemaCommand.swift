import ArgumentParser
import Foundation
import RelaisCore

struct Schema: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Écrit les schémas JSON des fichiers de contenu, de site.yaml et de organisations.yaml.",
        discussion: "Un éditeur muni d'un serveur de langage YAML (VS Code avec l'extension YAML, par exemple) s'en sert pour vérifier et compléter l'en-tête des fichiers pendant la saisie : les fichiers créés par relais new y renvoient sur leur première ligne.")
    @Option(help: ArgumentHelp("Le dossier du contenu.", valueName: "dossier")) var content = "Content"
    @Option(help: ArgumentHelp("Le dossier des schémas (par défaut Content/.schemas).", valueName: "dossier")) var output: String?

    @Flag(help: "Affiche les tableaux des clés du guide de rédaction, en Markdown, au lieu d'écrire les schémas.") var tableaux = false

    func run() async throws {
        if tableaux {
            print(GuideKeyTables.markdown(), terminator: "")
            return
        }
        let folder = output ?? "\(content)/\(SchemaFiles.folderName)"
        do {
            let names = try SchemaFiles.write(to: folder)
            Console.note("\(names.count) schémas écrits dans \(folder)/ : \(names.joined(separator: ", ")).")
        } catch {
            Console.note("erreur : les schémas n'ont pas pu être écrits dans \(folder)/ (\(SystemErrorText.french(error))).")
            throw ExitCode(1)
        }
    }
}

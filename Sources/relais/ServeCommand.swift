import ArgumentParser
import Foundation
import RelaisCore
import RelaisFrench
import RelaisPreview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Montre le site dans le navigateur pendant que vous écrivez : il est régénéré et la page rechargée à chaque enregistrement.",
        discussion: "Le site est généré dans un dossier d'aperçu (jamais dans Site/) et servi sur http://127.0.0.1:8000/. Ctrl-C arrête le serveur.")
    @Option(help: ArgumentHelp("Le dossier du contenu.", valueName: "dossier")) var content = "Content"
    @Option(help: ArgumentHelp("Le dossier des gabarits et des fichiers statiques.", valueName: "dossier")) var templates = "Templates"
    @Option(help: ArgumentHelp("Le dossier de l'aperçu.", valueName: "dossier")) var output = ".relais-preview"
    @Option(help: ArgumentHelp("Le port (0 : un port libre).", valueName: "port")) var port = 8000
    @Option(help: ArgumentHelp("L'adresse IPv4 d'écoute ; une autre que 127.0.0.1 ouvre l'aperçu aux autres machines du réseau.", valueName: "adresse")) var host = "127.0.0.1"
    @Option(help: ArgumentHelp("La date de génération AAAA-MM-JJ (par défaut aujourd'hui).", valueName: "date")) var date: String?
    @Flag(help: "Montrer aussi les brouillons (draft: true).") var drafts = false

    func run() async throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("Option --port : \(port) n'est pas un numéro de port (0 à 65535).")
        }
        let buildDate: CalendarDate
        switch BuildOptions.buildDate(argument: date) {
        case .success(let day): buildDate = day
        case .failure(let error): throw ValidationError(error.description)
        }
        let options = PreviewOptions(contentPath: content, templatesPath: templates, outputPath: output, host: host,
                                     port: UInt16(port), buildDate: buildDate, includeDrafts: drafts)
        Interruption.install()
        let server = PreviewServer(options: options, log: { Console.note($0) })
        let address: String
        do {
            address = try await server.start()
        } catch PreviewServer.StartError.badHost {
            throw ValidationError(PreviewServer.StartError.badHost(TerminalText.escaped(host)).description)
        } catch let error as PreviewServer.StartError {
            Console.note("erreur : \(TerminalText.escaped(error.description))")
            throw ExitCode(1)
        }
        Console.note("Aperçu sur \(address) — Ctrl-C pour arrêter.")
        await Interruption.wait()
        await server.stop()
        Console.note("Aperçu arrêté.")
    }
}

import ArgumentParser

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Crée un fichier de contenu à remplir.")
    func run() async throws {}
}

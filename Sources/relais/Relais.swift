import ArgumentParser
import Foundation
import RelaisCore

@main
struct Relais: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relais",
        abstract: "Génère le site statique d'un guide des aides à partir de Content/ et Templates/.",
        subcommands: [Build.self, Check.self, New.self, Serve.self, Schema.self],
        defaultSubcommand: Build.self)

    /// Exit codes: 0 success, 1 content or template errors, 2 usage errors (ArgumentParser's own is 64).
    /// ArgumentParser speaks English: its help is translated and its usage errors replaced by French sentences.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = FrenchUsage.unknownCommand(in: arguments, known: commandNames) {
            Console.usageError(unknown.message, hint: unknown.hint)
            exit(withError: ExitCode(2))
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            let code = exitCode(for: error)
            let command = FrenchUsage.commandName(in: arguments, known: commandNames)
            if code == .success {
                // --help, -h and `relais help …`.
                Swift.print(FrenchHelp.translate(fullMessage(for: error)))
                exit(withError: ExitCode.success)
            }
            if code == .validationFailure {
                // Our own checks speak French already; ArgumentParser's sentences are replaced.
                let message = (error as? ValidationError)?.message ?? FrenchUsage.translate(message(for: error))
                Console.usageError(message, hint: "relais \(command) --help décrit les options de cette commande.")
                exit(withError: ExitCode(2))
            }
            Console.note("erreur : \(TerminalText.escaped(String(describing: error)))")
            exit(withError: ExitCode(1))
        }
    }

    /// The first words that name a command, `help` included.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }
}

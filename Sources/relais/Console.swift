import Foundation
import RelaisCore

/// Messages and progress go to standard error; standard output stays free for machine output.
enum Console {
    @Sendable static func progress(_ timing: BuildReport.StepTiming) {
        let step = timing.step.padding(toLength: 9, withPad: " ", startingAt: 0)
        note(step + String(format: "%6.0f ms  ", timing.seconds * 1000) + timing.summary)
    }

    static func print(_ report: BuildReport) {
        for line in report.notes { note(line) }
        for diagnostic in report.diagnostics { note(styled(diagnostic.formatted)) }
        if !report.diagnostics.isEmpty { note(report.countSentence) }
    }

    /// A mistake on the command line, as the content's errors are shown: the sentence, then how to mend it.
    static func usageError(_ message: String, hint: String) {
        note(styled("erreur : \(message)\n  aide : \(hint)"))
    }

    /// Colours on a terminal only; the diagnostic's own values are already escaped, so no colour can leak from them.
    static let usesColour = TerminalStyle.wanted(isTerminal: isatty(2) == 1, environment: ProcessInfo.processInfo.environment)

    static func styled(_ formatted: String) -> String {
        usesColour ? TerminalStyle.coloured(formatted) : formatted
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import Foundation
import Testing
@testable import RelaisCore

/// The bound on `[` openers left pending in a paragraph, around the quick count that lets most texts through.
@Suite struct MarkdownGuardTests {
    @Test func aParagraphMayLeaveAHundredOpenersPending() {
        let hundred = String(repeating: "[", count: MarkdownGuard.maxPendingOpeners)
        #expect(MarkdownGuard.problem(in: "Texte " + hundred + " fin.\n") == nil)
        #expect(MarkdownGuard.problem(in: "Texte\n\n" + hundred + "[") == .nestedOpeners(line: 2, column: 101))
    }

    @Test func openersClosedOrInOtherParagraphsDoNotAddUp() {
        let closed = String(repeating: "[lien](x) ", count: 300)
        let paragraphs = Array(repeating: String(repeating: "[", count: 60), count: 5).joined(separator: "\n\n")
        let escaped = String(repeating: "\\[", count: 300)
        #expect(MarkdownGuard.problem(in: closed) == nil)
        #expect(MarkdownGuard.problem(in: paragraphs) == nil)
        #expect(MarkdownGuard.problem(in: escaped) == nil)
        #expect(MarkdownGuard.problem(in: paragraphs.replacingOccurrences(of: "\n\n", with: "\n")) == .nestedOpeners(line: 1, column: 41))
    }

    @Test func aTextOverAMegabyteIsRefused() {
        let text = String(repeating: "a", count: MarkdownGuard.maxBytes + 1)
        #expect(MarkdownGuard.problem(in: text) == .tooLarge(bytes: MarkdownGuard.maxBytes + 1))
    }
}

@testable import RelaisCore
import Testing

/// Aid cards are made when a page first asks for one, then shared: each page that shows a card still records that
/// it read the card's fields, so that a change to them remakes it.
@Suite("Aid cards made when asked")
struct AidCardMemoTests {
    @Test func aCardIsMadeOnceAndNotedByEveryPage() async throws {
        let record = try await Repository.exampleRecord()
        let presentation = await Presentation.prepared(record: record)
        let id = try #require(record.aids.first?.id)
        let first = ReadLog(), second = ReadLog()
        let made = try #require(presentation.recording(into: first).aidCard(id))
        let shared = try #require(presentation.recording(into: second).aidCard(id))
        #expect(first.inputs.contains(.aidCard(id)) && second.inputs.contains(.aidCard(id)))
        #expect(!first.inputs.contains(.item(.aid, id)) && !second.inputs.contains(.item(.aid, id)))
        // The card made without the memo, field by field.
        let plain = try #require(Presentation(record: record).aidCard(id))
        for card in [made, shared] {
            #expect(card.title == plain.title && card.url == plain.url && card.promise == plain.promise && card.status.label == plain.status.label)
            #expect(card.types == plain.types && card.audiences == plain.audiences && card.territories == plain.territories)
            #expect(card.amountSummary == plain.amountSummary)
        }
        let missing = ReadLog()
        #expect(presentation.recording(into: missing).aidCard("aide-absente") == nil)
        #expect(missing.inputs.contains(.aidCard("aide-absente")))
    }
}

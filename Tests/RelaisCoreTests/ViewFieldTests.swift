import Foundation
@testable import RelaisCore
import RelaisMustache
import Testing

/// Templates read view models through their field tables, and the plan step checks templates against the same
/// tables: a stored property left out of its table would render as nothing and be refused by the check.
@Suite("View-model fields")
struct ViewFieldTests {
    /// Every view model of the example site's pages (and of a small site with an aid document, which the example
    /// lacks), and every view model inside them, walked through `Mirror` (here only): its table names exactly its
    /// stored properties. Every view-model type a page can hold is met.
    @Test func everyTableListsExactlyTheStoredProperties() async throws {
        let aid = TestSite.aid.replacingLine(containing: "contacts:", with: "contacts: [editeur/accueil]\ndocuments:\n  - { title: Règlement, url: /media/reglement.pdf, format: pdf }")
        let site = try TestSite(["aides/pret-emploi.md": aid, "media/reglement.pdf": "%PDF-1.4"])
        defer { site.remove() }
        var walk = ModelWalk()
        var reachable: Set<ViewSchema> = []
        // 130 aids: the guide's pagination, which the example site is too small to have.
        let guide = try TestSite(AidGuideTests.site)
        defer { guide.remove() }
        for record in [try await Repository.exampleRecord(), try await site.record(), try await guide.record()] {
            let presentation = await Presentation.prepared(record: record)
            for output in PlanStep.outputs(for: record) {
                guard case .page(_, let model, let build) = output.producer else { continue }
                walk.visit(try #require(build(presentation), "\(output.path)"))
                reachable.formUnion(Self.schemas(reachableFrom: model))
            }
        }
        for (type, mismatch) in walk.mismatches.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(type): \(mismatch)")
        }
        let missed = reachable.map { String(reflecting: $0.type) }.filter { !walk.checked.contains($0) }.sorted()
        #expect(missed.isEmpty, "types no page shows: \(missed)")
        #expect(walk.checked.count >= 40)
    }

    /// A nil optional is an absent value (it stops Mustache's lookup up the stack); a field the type lacks is nil.
    @Test func nilFieldsStopTheLookupAndUnknownNamesDoNot() {
        let card = ContactCard(anchor: "a", name: "Nom", role: nil, organisation: "O", organisationURL: "/o/", email: "x@y.fr",
                               emailHref: "mailto:x@y.fr", phone: nil, phoneHref: nil, url: nil, address: nil)
        guard case .absent? = card.value(named: "role") else { Issue.record("role: \(String(describing: card.value(named: "role")))"); return }
        guard case .text("x@y.fr")? = card.value(named: "email") else { Issue.record("email"); return }
        #expect(card.value(named: "summary") == nil)
    }

    static func schemas(reachableFrom root: ViewSchema) -> Set<ViewSchema> {
        var found: Set<ViewSchema> = []
        var pending = [root]
        while let schema = pending.popLast() {
            guard found.insert(schema).inserted else { continue }
            for kind in schema.fields.values {
                var inner = kind
                while true {
                    switch inner {
                    case .optional(let wrapped), .list(let wrapped): inner = wrapped; continue
                    case .model(let nested): pending.append(nested)
                    case .text, .bool: break
                    }
                    break
                }
            }
        }
        return found
    }
}

/// Compares each view model met with its type's table, and goes into its fields.
private struct ModelWalk {
    var checked: Set<String> = []
    var mismatches: [String: String] = [:]

    mutating func visit(_ value: Any) {
        let mirror = Mirror(reflecting: value)
        // An optional view model casts to one too: compare what it holds, met as its child.
        if mirror.displayStyle != .optional, let model = value as? any ViewModel {
            compare(model, mirror)
        }
        for child in mirror.children { visit(child.value) }
    }

    private mutating func compare<Model: ViewModel>(_ model: Model, _ mirror: Mirror) {
        let type = String(reflecting: Model.self)
        checked.insert(type)
        let stored = mirror.children.compactMap(\.label)
        let listed = Model.fields.names
        if Set(stored) != Set(listed) || listed.count != Set(listed).count {
            mismatches[type] = "stored \(stored), table \(listed)"
        }
    }
}

/// The three generic view models answer lookups with a switch (no lock on the hot path): it must name exactly
/// the fields of their table, which the template check reads.
@Suite("Generic view models")
struct GenericViewModelTests {
    @Test func switchesAnswerEveryFieldOfTheirTable() async throws {
        let presentation = Presentation(record: try await Repository.exampleRecord())
        let page = presentation.programmeList()
        let section = try #require(page.body.sections.first)
        func check<Model: ViewModel>(_ model: Model) {
            for name in Model.fields.kinds.keys { #expect(model.value(named: name) != nil, "\(Model.self).\(name)") }
            #expect(model.value(named: "absent") == nil)
        }
        check(page)
        check(page.body)
        check(section)
    }
}

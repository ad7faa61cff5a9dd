import Foundation
import RelaisFrench

/// `/donnees/aides.csv`: every aid of the guide as a row of the national `dispositif-aide` schema.
/// What the schema has no column for (status, amounts, contacts, URLs…) is written, in French, into
/// `description` and `eligibilite`, which the schema meant for people; `aides.json` has it all as data.
struct AidsCSV {
    let record: RecordReader
    let presentation: Presentation

    static func write(_ record: RecordReader, into sink: inout ByteSink) {
        var presentation = Presentation(reader: record)
        presentation.pairsQuotes = false
        let file = AidsCSV(record: record, presentation: presentation)
        var writer = CSVWriter()
        writer.appendRow(texts: DispositifAideSchema.columnNames)
        sink.append(writer.takeBytes())
        for aid in record.aids {
            sink.fragment(OutputInput.item(.aid, aid.id).key) { sink in
                writer.appendRow(texts: file.row(aid))
                sink.append(writer.takeBytes())
            }
        }
        sink.append(writer.takeBytes())
    }

    /// The aid's cells in the schema's column order.
    func row(_ aid: RecordAid) -> [String] {
        let values: [String: String] = [
            "id": NameBasedUUID.forURL(aid.url.absolute),
            "titre": aid.title,
            "promesse": aid.promise,
            "description": description(aid),
            "eligibilite": eligibility(aid),
            "types_aides": DispositifAideValues.types(aid.aidTypes).joined(separator: "|"),
            "porteurs": OpenDataJSON.encode(porteurs(aid), pretty: false),
            "programmes_parents": aid.programmes.map { Self.listValue($0.title) }.joined(separator: "|"),
            "url_source": aid.url.absolute,
            "cibles": DispositifAideValues.audiences(aid.audiences).joined(separator: "|"),
            "eligibilite_geographique": NationalTerritoryCodes.codes(of: aid, in: record).joined(separator: "|"),
            "date_ouverture": aid.openingDate.map(ParisDateTime.startOfDay) ?? "",
            "date_cloture": aid.closingDate.map(ParisDateTime.endOfDay) ?? "",
            "date_mise_a_jour": ParisDateTime.startOfDay(aid.dates.modified),
        ]
        return DispositifAideSchema.columnNames.map { values[$0] ?? "" }
    }

    func porteurs(_ aid: RecordAid) -> [Porteur] {
        aid.backers.map { Porteur(nom: $0.organisation.name, siren: $0.organisation.siren, roles: DispositifAideValues.roles($0.roles)) }
    }

    /// The description, then the facts of the page the schema has no column for. The description alone is
    /// shortened when the whole would pass the schema's 5,000 characters.
    func description(_ aid: RecordAid) -> String {
        let french = presentation.french
        var status = "Statut au \(french.date(record.buildDate)) : \(aid.status.label.lowercased())"
        // Closed by its authors: since when, and their sentence.
        if aid.status.isClosed, aid.status.code != "closed" || aid.status.note != nil, let since = aid.status.date {
            status += " depuis le \(french.date(since))"
        }
        var lines = [status + "." + (aid.status.note.map { " \($0)" } ?? "")]
        lines.append("Type d’aide : \(aid.aidTypes.map(\.label).joined(separator: ", ")).")
        if !aid.financialComponents.isEmpty {
            lines.append("Montants :")
            lines += aid.financialComponents.map { "• " + presentation.amountPhrase($0) }
        }
        lines.append("Pour qui : \(aid.audiences.map(\.label).joined(separator: ", ")).")
        lines.append("Territoires : \(aid.territories.map(\.name).joined(separator: ", ")).")
        lines.append("Porteurs : " + aid.backers.map { "\($0.organisation.name) (\($0.roles.map(\.label).joined(separator: ", ")))" }
            .joined(separator: ", ") + ".")
        lines.append("Calendrier : \(aid.recurrence.label.lowercased()).")
        if let url = aid.applicationURL { lines.append("Déposer une demande : \(url.absolute)") }
        if let url = aid.moreInfoURL { lines.append("En savoir plus : \(url.absolute)") }
        if !aid.contacts.isEmpty {
            lines.append("Contacts :")
            lines += aid.contacts.map { "• " + Self.contactLine($0) }
        }
        if !aid.documents.isEmpty {
            lines.append("Documents :")
            lines += aid.documents.map { "• \($0.title) : \($0.url.absolute)" }
        }
        if let source = aid.source { lines.append("Source : \(presentation.sourceText(source)).") }
        let facts = lines.map(FrenchTypography.apply).joined(separator: "\n")
        let room = DispositifAideSchema.descriptionMaxLength - facts.unicodeScalars.count - 2
        let body = Self.shortened(aid.description.text, maxScalars: room)
        return body.isEmpty ? Self.shortened(facts, maxScalars: DispositifAideSchema.descriptionMaxLength) : body + "\n\n" + facts
    }

    /// The eligibility text, then the conditions the page shows beside it.
    func eligibility(_ aid: RecordAid) -> String {
        var lines: [String] = []
        if !aid.companySizes.isEmpty { lines.append("• Taille d’entreprise : \(aid.companySizes.map(\.label).joined(separator: ", ")).") }
        if !aid.targetGroups.isEmpty { lines.append("• Publics prioritaires : \(aid.targetGroups.map(\.label).joined(separator: ", ")).") }
        if let phrase = aid.jobConditions.flatMap(presentation.jobConditionsPhrase) { lines.append("• Conditions d’emploi : " + phrase + ".") }
        let conditions = lines.map(FrenchTypography.apply).joined(separator: "\n")
        if conditions.isEmpty { return aid.eligibility.text }
        return aid.eligibility.text.isEmpty ? conditions : aid.eligibility.text + "\n" + conditions
    }

    /// "Accueil (Service entreprises), Maison de l’emploi : accueil@example.org, 01 99 00 00 00"
    static func contactLine(_ contact: PublishedContact) -> String {
        var who = contact.name
        if let role = contact.role { who += " (\(role))" }
        who += ", \(contact.organisation.name)"
        let means = [contact.email, contact.phone?.display, contact.url?.absolute, contact.address].compactMap { $0 }
        return means.isEmpty ? who : who + " : " + means.joined(separator: ", ")
    }

    /// A value of a `|`-separated list: a `|` of its own would split it, so it becomes `/`.
    static func listValue(_ value: String) -> String {
        value.replacingOccurrences(of: "|", with: "/")
    }

    /// At most `maxScalars` Unicode scalars (what validators count), cut after a word and ended with `…`.
    static func shortened(_ text: String, maxScalars: Int) -> String {
        // No more bytes than the room: no more scalars either, nothing to count.
        if text.utf8.count <= maxScalars { return text }
        let scalars = text.unicodeScalars
        // Walks at most `maxScalars` scalars: a long text is not counted whole, nor copied scalar by scalar.
        guard let end = scalars.index(scalars.startIndex, offsetBy: maxScalars, limitedBy: scalars.endIndex), end != scalars.endIndex else {
            return text
        }
        guard maxScalars > 1 else { return "" }
        var cut = scalars.index(before: end)
        let middle = scalars.index(scalars.startIndex, offsetBy: (maxScalars - 1) / 2)
        if let space = scalars[middle..<cut].lastIndex(of: " "), space > middle { cut = space }
        return String(scalars[..<cut]) + "…"
    }
}

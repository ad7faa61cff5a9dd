import Foundation
import RelaisFrench

// An aid as the load step read it, field by field in declaration order. `LoadCacheTests` compares an aid read
// back with the one parsed, through `dump`: a field added to the model and forgotten here fails it.

extension Availability.State: BinaryRawEnum {}
extension AidType: BinaryRawEnum {}
extension Audience: BinaryRawEnum {}
extension CompanySize: BinaryRawEnum {}
extension TargetGroup: BinaryRawEnum {}
extension Recurrence: BinaryRawEnum {}
extension FinancialComponent.Basis: BinaryRawEnum {}
extension JobConditions.ContractType: BinaryRawEnum {}
extension Backer.Role: BinaryRawEnum {}
extension Document.Format: BinaryRawEnum {}
extension TerritoryCode.Kind: BinaryRawEnum {}

extension Reference: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        id.write(to: &writer)
        location.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let id = String(from: &reader), let location = SourceLocation(from: &reader) else { return nil }
        self.init(id: id, location: location)
    }
}

extension ContentURL: BinaryCodable {
    private static let kinds: [Kind] = [.web, .mail, .phone, .sitePath]

    func write(to writer: inout BinaryRecordWriter) {
        value.write(to: &writer)
        writer.append(Self.kinds.firstIndex(of: kind) ?? -1)
        location.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let value = String(from: &reader), let kind = Int(from: &reader), Self.kinds.indices.contains(kind),
              let location = SourceLocation(from: &reader) else { return nil }
        self.init(value: value, kind: Self.kinds[kind], location: location)
    }
}

extension TerritoryCode: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        code.write(to: &writer)
        kind.write(to: &writer)
        location.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let code = String(from: &reader), let kind = Kind(from: &reader), let location = SourceLocation(from: &reader) else { return nil }
        self.init(code: code, kind: kind, location: location)
    }
}

extension Percent: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) { value.write(to: &writer) }
    init?(from reader: inout BinaryRecordReader) {
        guard let value = Decimal(from: &reader) else { return nil }
        self.init(value: value)
    }
}

extension MarkdownField: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        text.write(to: &writer)
        line.write(to: &writer)
        columnOffset.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let text = String(from: &reader), let line = Int(from: &reader), let columnOffset = Int(from: &reader) else { return nil }
        self.init(text: text, line: line, columnOffset: columnOffset)
    }
}

extension FinancialComponent: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        kind.write(to: &writer)
        amount.write(to: &writer)
        per.write(to: &writer)
        cap.write(to: &writer)
        rateMax.write(to: &writer)
        interestRate.write(to: &writer)
        durationMonths.write(to: &writer)
        territory.write(to: &writer)
        note.write(to: &writer)
        minAmount.write(to: &writer)
        rateMin.write(to: &writer)
        minDurationMonths.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let kind = AidType(from: &reader), let amount = Decimal?(from: &reader), let per = Basis?(from: &reader),
              let cap = Decimal?(from: &reader), let rateMax = Percent?(from: &reader), let interestRate = Percent?(from: &reader),
              let durationMonths = Int?(from: &reader), let territory = TerritoryCode?(from: &reader), let note = String?(from: &reader),
              let minAmount = Decimal?(from: &reader), let rateMin = Percent?(from: &reader), let minDurationMonths = Int?(from: &reader)
        else { return nil }
        self.init(kind: kind, amount: amount, per: per, cap: cap, rateMax: rateMax, interestRate: interestRate, durationMonths: durationMonths,
                  territory: territory, note: note, minAmount: minAmount, rateMin: rateMin, minDurationMonths: minDurationMonths)
    }
}

extension JobConditions: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        minNetJobs.write(to: &writer)
        contractTypes.write(to: &writer)
        withinMonths.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let minNetJobs = Int?(from: &reader), let contractTypes = [ContractType](from: &reader), let withinMonths = Int?(from: &reader) else { return nil }
        self.init(minNetJobs: minNetJobs, contractTypes: contractTypes, withinMonths: withinMonths)
    }
}

extension Backer: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        organisation.write(to: &writer)
        roles.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let organisation = Reference(from: &reader), let roles = [Role](from: &reader) else { return nil }
        self.init(organisation: organisation, roles: roles)
    }
}

extension Document: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        title.write(to: &writer)
        url.write(to: &writer)
        format.write(to: &writer)
        sizeBytes.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let title = String(from: &reader), let url = ContentURL(from: &reader), let format = Format(from: &reader),
              let sizeBytes = Int?(from: &reader) else { return nil }
        self.init(title: title, url: url, format: format, sizeBytes: sizeBytes)
    }
}

extension Source: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        organisation.write(to: &writer)
        title.write(to: &writer)
        url.write(to: &writer)
        date.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let organisation = Reference(from: &reader), let title = String?(from: &reader), let url = ContentURL?(from: &reader),
              let date = CalendarDate?(from: &reader) else { return nil }
        self.init(organisation: organisation, title: title, url: url, date: date)
    }
}

extension Availability: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        state.write(to: &writer)
        since.write(to: &writer)
        note.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let state = State(from: &reader), let since = CalendarDate?(from: &reader), let note = String?(from: &reader) else { return nil }
        self.init(state: state, since: since, note: note)
    }
}

extension ContentMeta: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        dateModified.write(to: &writer)
        datePublished.write(to: &writer)
        draft.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let dateModified = CalendarDate(from: &reader), let datePublished = CalendarDate?(from: &reader), let draft = Bool(from: &reader) else { return nil }
        self.init(dateModified: dateModified, datePublished: datePublished, draft: draft)
    }
}

extension Aid: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        title.write(to: &writer)
        promise.write(to: &writer)
        aidTypes.write(to: &writer)
        financialComponents.write(to: &writer)
        audiences.write(to: &writer)
        companySizes.write(to: &writer)
        targetGroups.write(to: &writer)
        jobConditions.write(to: &writer)
        eligibility.write(to: &writer)
        themes.write(to: &writer)
        territories.write(to: &writer)
        backers.write(to: &writer)
        programmes.write(to: &writer)
        recurrence.write(to: &writer)
        openingDate.write(to: &writer)
        closingDate.write(to: &writer)
        applicationURL.write(to: &writer)
        moreInfoURL.write(to: &writer)
        contacts.write(to: &writer)
        documents.write(to: &writer)
        source.write(to: &writer)
        availability.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let title = String(from: &reader), let promise = String(from: &reader), let aidTypes = [AidType](from: &reader),
              let financialComponents = [FinancialComponent](from: &reader), let audiences = [Audience](from: &reader),
              let companySizes = [CompanySize](from: &reader), let targetGroups = [TargetGroup](from: &reader),
              let jobConditions = JobConditions?(from: &reader), let eligibility = MarkdownField(from: &reader),
              let themes = [Reference](from: &reader), let territories = [TerritoryCode](from: &reader),
              let backers = [Backer](from: &reader), let programmes = [Reference](from: &reader),
              let recurrence = Recurrence(from: &reader), let openingDate = CalendarDate?(from: &reader),
              let closingDate = CalendarDate?(from: &reader), let applicationURL = ContentURL?(from: &reader),
              let moreInfoURL = ContentURL?(from: &reader), let contacts = [Reference](from: &reader),
              let documents = [Document](from: &reader), let source = Source?(from: &reader),
              let availability = Availability?(from: &reader)
        else { return nil }
        self.init(title: title, promise: promise, aidTypes: aidTypes, financialComponents: financialComponents,
                  audiences: audiences, companySizes: companySizes, targetGroups: targetGroups, jobConditions: jobConditions,
                  eligibility: eligibility, themes: themes, territories: territories, backers: backers, programmes: programmes,
                  recurrence: recurrence, openingDate: openingDate, closingDate: closingDate, applicationURL: applicationURL,
                  moreInfoURL: moreInfoURL, contacts: contacts, documents: documents, source: source, availability: availability)
    }
}

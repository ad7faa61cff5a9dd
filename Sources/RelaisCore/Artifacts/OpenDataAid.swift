/// An aid of `aides.json`: the record of the aid as every page sees it, with the `id` of `aides.csv` (`uuid`),
/// without the path of its content file on the machine that built the site.
struct OpenDataAid: Sendable, Encodable {
    let aid: RecordAid

    /// The record's fields, in its order, minus `sourceFile`, plus `uuid`.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, uuid, path, url, title, promise, description, eligibility, status, aidTypes, financialComponents
        case audiences, companySizes, targetGroups, jobConditions, themes, territories, backers, programmes, recurrence
        case openingDate, closingDate, applicationURL, moreInfoURL, contacts, documents, source, dates, related
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(aid.id, forKey: .id)
        try container.encode(NameBasedUUID.forURL(aid.url.absolute), forKey: .uuid)
        try container.encode(aid.path, forKey: .path)
        try container.encode(aid.url, forKey: .url)
        try container.encode(aid.title, forKey: .title)
        try container.encode(aid.promise, forKey: .promise)
        try container.encode(aid.description, forKey: .description)
        try container.encode(aid.eligibility, forKey: .eligibility)
        try container.encode(aid.status, forKey: .status)
        try container.encode(aid.aidTypes, forKey: .aidTypes)
        try container.encode(aid.financialComponents, forKey: .financialComponents)
        try container.encode(aid.audiences, forKey: .audiences)
        try container.encode(aid.companySizes, forKey: .companySizes)
        try container.encode(aid.targetGroups, forKey: .targetGroups)
        try container.encodeIfPresent(aid.jobConditions, forKey: .jobConditions)
        try container.encode(aid.themes, forKey: .themes)
        try container.encode(aid.territories, forKey: .territories)
        try container.encode(aid.backers, forKey: .backers)
        try container.encode(aid.programmes, forKey: .programmes)
        try container.encode(aid.recurrence, forKey: .recurrence)
        try container.encodeIfPresent(aid.openingDate, forKey: .openingDate)
        try container.encodeIfPresent(aid.closingDate, forKey: .closingDate)
        try container.encodeIfPresent(aid.applicationURL, forKey: .applicationURL)
        try container.encodeIfPresent(aid.moreInfoURL, forKey: .moreInfoURL)
        try container.encode(aid.contacts, forKey: .contacts)
        try container.encode(aid.documents, forKey: .documents)
        try container.encodeIfPresent(aid.source, forKey: .source)
        try container.encode(aid.dates, forKey: .dates)
        try container.encode(aid.related, forKey: .related)
    }
}

import RelaisFrench

extension NewsItem {
    init?(reading r: MappingReader, date: CalendarDate) {
        let title = r.requiredText("title", maxLength: 180)
        let summary = r.requiredText("summary", maxLength: 300)
        let source: Source? = r.optional("source")
        let relatedAids: [Reference] = r.list("relatedAids")
        let relatedEvents: [Reference] = r.list("relatedEvents")
        let relatedProgrammes: [Reference] = r.list("relatedProgrammes")
        let relatedBasins: [Reference] = r.list("relatedBasins")
        guard let title, let summary else { return nil }
        self.init(title: title, summary: summary, date: date, source: source, relatedAids: relatedAids,
                  relatedEvents: relatedEvents, relatedProgrammes: relatedProgrammes, relatedBasins: relatedBasins)
    }
}

extension Page {
    init?(reading r: MappingReader) {
        let title = r.requiredText("title", maxLength: 180)
        let summary: String? = r.optional("summary")
        guard let title else { return nil }
        self.init(title: title, summary: summary)
    }
}

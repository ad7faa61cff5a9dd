import RelaisFrench

extension NewsItem {
    init?(reading r: MappingReader, date: CalendarDate) {
        let title = r.read("title") as String?
        let summary = r.read("summary") as String?
        let source: Source? = r.read("source")
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
        let title = r.read("title") as String?
        let summary: String? = r.read("summary")
        guard let title else { return nil }
        self.init(title: title, summary: summary)
    }
}

/// The outputs that are not pages: open data, calendars, feed, search index, sitemap and robots. Each family plans its files
/// with the writer that escapes for its format.
enum ArtifactPlanner {
    /// `search`: the search index's files (SearchPlanner), planned apart so that their making is timed.
    static func plan(_ record: SiteRecord, pages: [PlannedOutput], search: [PlannedOutput]) -> [PlannedOutput] {
        OpenDataPlanner.plan(record)
            + CalendarPlanner.plan(record)
            + FeedPlanner.plan(record)
            + search
            // The filter script's data, beside the guide.
            + [.artifact(AidFilterIndex.path, .json, inputs: [.every(.aid)], streaming: AidFilterIndex.write)]
            // Last: it lists the pages.
            + SitemapPlanner.plan(record, pages: pages)
    }
}

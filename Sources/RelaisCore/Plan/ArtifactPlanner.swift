/// The outputs that are not pages: open data, calendars, feed, sitemap and robots. Each family plans its files
/// with the writer that escapes for its format.
enum ArtifactPlanner {
    static func plan(_ record: SiteRecord, pages: [PlannedOutput]) -> [PlannedOutput] {
        OpenDataPlanner.plan(record)
            + CalendarPlanner.plan(record)
            + FeedPlanner.plan(record)
            // The filter script's data, beside the guide.
            + [.artifact(AidFilterIndex.path, .json, inputs: [.every(.aid)], write: AidFilterIndex.write)]
            // Last: it lists the pages.
            + SitemapPlanner.plan(record, pages: pages)
    }
}

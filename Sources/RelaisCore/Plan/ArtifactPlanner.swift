/// The outputs that are not pages: open data, calendars, feed, sitemap and robots. Each family plans its files
/// with the writer that escapes for its format.
enum ArtifactPlanner {
    static func plan(_ record: SiteRecord, pages: [PlannedOutput]) -> [PlannedOutput] {
        OpenDataPlanner.plan(record)
            + CalendarPlanner.plan(record)
            + FeedPlanner.plan(record)
            // Last: it lists the pages.
            + SitemapPlanner.plan(record, pages: pages)
    }
}

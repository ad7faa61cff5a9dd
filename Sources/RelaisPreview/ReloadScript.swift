import Foundation

/// The few lines added to each HTML page the preview serves (never to the built files): they listen to the
/// server's events and reload the tab after a build. `seen` is the build the page comes from.
enum ReloadScript {
    static let eventsPath = "/__relais/events"

    static func tag(seen generation: Int) -> String {
        "<script>/* relais serve */(function(){var s=new EventSource(\"\(eventsPath)?seen=\(generation)\");"
            + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>\n"
    }

    /// The page with the script before its closing `</body>`, or at its end.
    static func inject(into html: String, seen generation: Int) -> String {
        let tag = tag(seen: generation)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: tag)
    }
}

import Foundation

/// What the preview adds to each HTML page it serves (never to the built files): a script, served by the preview
/// from `scriptPath` (the pages' Content-Security-Policy forbids inline scripts), that listens to the server's events
/// and reloads the tab after a build. `data-seen` is the build the page comes from.
enum ReloadScript {
    static let eventsPath = "/__relais/events"
    static let scriptPath = "/__relais/reload.js"

    static let source = """
        /* relais serve */(function(){var me=document.currentScript;var s=new EventSource("\(eventsPath)?seen="+me.getAttribute("data-seen"));
        s.addEventListener("reload",function(){s.close();location.reload();});})();

        """

    static func tag(seen generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-seen=\"\(generation)\"></script>\n"
    }

    /// The page with the script before its closing `</body>`, or at its end.
    static func inject(into html: String, seen generation: Int) -> String {
        let tag = tag(seen: generation)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: tag)
    }
}

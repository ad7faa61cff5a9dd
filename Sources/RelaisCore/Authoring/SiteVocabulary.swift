import Foundation
import Yams

/// The ids a new file may refer to, read from the content folder: themes of site.yaml, organisations and their
/// contacts in organisations.yaml. Only for comments: an unreadable file leaves the list empty.
struct SiteVocabulary {
    var themes: [String] = []
    var organisations: [String] = []
    var contacts: [String] = []

    init(contentPath: String) {
        let folder = URL(fileURLWithPath: contentPath)
        if let site = Self.node(folder.appendingPathComponent("site.yaml")),
           let list = site["taxonomies"]?["themes"]?.sequence {
            themes = list.compactMap { $0["id"]?.string }
        }
        if let organisations = Self.node(folder.appendingPathComponent("organisations.yaml"))?.mapping {
            for (key, value) in organisations {
                guard let id = key.string else { continue }
                self.organisations.append(id)
                guard let contactMapping = value["contacts"]?.mapping else { continue }
                for contact in contactMapping.keys {
                    if let contactID = contact.string { contacts.append("\(id)/\(contactID)") }
                }
            }
        }
    }

    private static func node(_ file: URL) -> Node? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return try? Yams.compose(yaml: text, .default, .default, .utf8)
    }
}

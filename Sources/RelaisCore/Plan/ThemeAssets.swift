/// The theme's stylesheet and scripts (`Templates/assets/*.css`, `*.js`), published under names that carry their
/// content's fingerprint (`relais.3f2a9c1d04.css`), so that a server may let browsers keep them for a year: a new
/// version has a new name. The stylesheet starts with the palette's colours (site.yaml `colours`).
struct ThemeAssets: Sendable {
    static let stylesheet = "relais.css"

    /// Asset file → its published name: `relais.css` → `relais.3f2a9c1d04.css`.
    let names: [String: String]
    let outputs: [PlannedOutput]
    /// Changes when any of them changes: every page links them, so every page is made again then.
    let fingerprint: String

    static let none = ThemeAssets(names: [:], outputs: [], fingerprint: "")

    private init(names: [String: String], outputs: [PlannedOutput], fingerprint: String) {
        (self.names, self.outputs, self.fingerprint) = (names, outputs, fingerprint)
    }

    /// `sources`: the text of each top-level `.css` and `.js` file of the theme's `assets/`.
    init(sources: [String: String], palette: ThemePalette) {
        var names: [String: String] = [:]
        var outputs: [PlannedOutput] = []
        var hash = StableHash()
        for (file, source) in sources.sorted(by: { $0.key < $1.key }) {
            guard let dot = file.lastIndex(of: ".") else { continue }
            let text = file == Self.stylesheet ? palette.css + source : source
            let name = "\(file[..<dot]).\(StableHash.of(text.utf8).prefix(10))\(file[dot...])"
            names[file] = name
            outputs.append(.artifact("/assets/" + name, file.hasSuffix(".css") ? .css : .javascript, inputs: []) { _ in text })
            hash.combine(name)
        }
        self.init(names: names, outputs: outputs, fingerprint: hash.hex)
    }
}

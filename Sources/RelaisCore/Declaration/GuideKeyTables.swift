/// The key tables of the authoring guide (docs/guide-redaction.md), written from the declarations: one table per
/// group of keys, each group once. A test compares the guide with them; `relais schema --tableaux` prints them.
public enum GuideKeyTables {
    public static let start = "<!-- clés : début (écrit par relais schema --tableaux) -->"
    public static let end = "<!-- clés : fin -->"

    /// The tables in Markdown, between the two markers.
    public static func markdown() -> String {
        var seen: Set<String> = []
        var sections: [String] = []
        let roots = ContentKind.allCases.map { ($0.declaration, "`\($0.rawValue)/`") }
            + [(SiteConfig.declaration, "`site.yaml`"), (Organisation.declaration, "`organisations.yaml`")]
        for (declaration, place) in roots {
            sections += tables(declaration, heading: "\(capitalized(declaration.name)) (\(place))", seen: &seen)
        }
        return ([start] + sections + [end]).joined(separator: "\n\n") + "\n"
    }

    private static func tables(_ declaration: MappingDeclaration, heading: String, seen: inout Set<String>) -> [String] {
        guard seen.insert(declaration.name).inserted else { return [] }
        var rows = ["#### \(heading)", "| Clé | Obligatoire | Valeur | Ce qu’elle dit |\n| --- | --- | --- | --- |\n"
            + declaration.fields.map(row).joined(separator: "\n")]
        for field in declaration.fields {
            if let nested = nestedDeclaration(field.shape) {
                rows += tables(nested, heading: "\(capitalized(nested.name)) (dans `\(field.key)`)", seen: &seen)
            }
        }
        return rows
    }

    private static func nestedDeclaration(_ shape: ValueShape) -> MappingDeclaration? {
        switch shape {
        case .mapping(let declaration): declaration
        case .list(let element), .keyed(let element): nestedDeclaration(element)
        case .either(let shapes): shapes.lazy.compactMap(nestedDeclaration).first
        default: nil
        }
    }

    private static func row(_ field: FieldDeclaration) -> String {
        let required = switch field.requirement {
        case .required: "oui"
        case .optional: "non"
        case .conditional(let condition): "oui, \(condition)"
        }
        var value = field.shape.french
        if let maxLength = field.maxLength { value += ", \(maxLength) caractères au plus" }
        if let minimum = field.minimum { value += ", au moins \(minimum)" }
        return "| `\(field.key)` | \(cell(required)) | \(cell(value)) | \(cell(field.summary)) |"
    }

    /// A table cell: a pipe would end it.
    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

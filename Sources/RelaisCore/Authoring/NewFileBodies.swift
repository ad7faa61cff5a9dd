/// The front matter of a new file, written from its kind's declaration in the declaration's order: each key under
/// a comment saying what it holds and which values are allowed; required keys left empty ("" or []) for the
/// check to point at until they are filled, optional ones commented out.
enum NewFileBodies {
    static func frontMatter(kind: NewContentFile.Kind, title: String, vocabulary: SiteVocabulary) -> String {
        var lines: [String] = []
        for field in kind.folder.declaration.fields where field.key != "dateModified" {
            if field.key == "title" || (field.key == "name" && kind.folder.declaration.field("title") == nil) {
                lines.append("\(field.key): \(title)")
                continue
            }
            lines += comments(for: field, vocabulary: vocabulary)
            let value = field.suggested ?? placeholder(field.shape)
            let written = field.isRequired || field.suggested != nil
            lines.append("\(written ? "" : "# ")\(field.key): \(value)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func comments(for field: FieldDeclaration, vocabulary: SiteVocabulary) -> [String] {
        var first = "# " + field.summary
        switch field.requirement {
        case .required: break
        case .optional: first = "# Facultatif. " + field.summary
        case .conditional(let condition): first += " Obligatoire \(condition)."
        }
        if let maxLength = field.maxLength { first += " \(maxLength) caractères au plus." }
        var lines = [first]
        if let values = allowed(field.shape, vocabulary: vocabulary) { lines.append("# " + values) }
        return lines
    }

    /// "Une ou plusieurs valeurs parmi : grant (subvention), …", or the ids the site has for a reference.
    private static func allowed(_ shape: ValueShape, vocabulary: SiteVocabulary) -> String? {
        switch shape {
        case .choice(let choices): "Parmi : " + list(choices)
        case .list(.choice(let choices)): "Une ou plusieurs valeurs parmi : " + list(choices)
        case .reference(let target), .list(.reference(let target)): ids(target, vocabulary).map { "Parmi : " + $0 }
        case .date, .dateTime, .time, .territory, .url, .phone, .amount, .percent: sentence(shape.french)
        case .list(.territory): sentence(shape.french)
        case .mapping(let declaration), .list(.mapping(let declaration)):
            "Clés : " + declaration.fields.map { $0.isRequired ? $0.key : "\($0.key) (facultatif)" }.joined(separator: ", ") + "."
        default: nil
        }
    }

    private static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst() + (text.hasSuffix("…") ? "" : ".")
    }

    private static func list(_ choices: [ValueShape.Choice]) -> String {
        choices.map { choice in choice.label.map { "\(choice.value) (\(lowercasedFirst($0)))" } ?? choice.value }.joined(separator: ", ") + "."
    }

    private static func ids(_ target: ReferenceTarget, _ vocabulary: SiteVocabulary) -> String? {
        let known = switch target {
        case .theme: vocabulary.themes
        case .organisation: vocabulary.organisations
        case .contact: vocabulary.contacts
        default: [String]()
        }
        return known.isEmpty ? nil : known.sorted().joined(separator: ", ")
    }

    /// What stands for a value not yet written: the check reports it on its line.
    private static func placeholder(_ shape: ValueShape) -> String {
        switch shape {
        case .list: "[]"
        case .mapping(let declaration):
            declaration.fields.contains(where: \.isRequired)
                ? "{ " + declaration.fields.filter(\.isRequired).map { "\($0.key): \(placeholder($0.shape))" }.joined(separator: ", ") + " }"
                : "{}"
        case .boolean: "false"
        default: "\"\""
        }
    }

    /// "Subvention" → "subvention", but "PME" stays "PME".
    private static func lowercasedFirst(_ label: String) -> String {
        guard let first = label.first, label.dropFirst().first?.isLowercase == true else { return label }
        return first.lowercased() + label.dropFirst()
    }

    static func markdown(kind: NewContentFile.Kind) -> String {
        switch kind {
        case .aid: "## Comment faire\n\nÉcrivez ici les démarches, en Markdown.\n"
        case .event: "Présentez l'événement ici, en Markdown.\n"
        case .basin: "## Le territoire\n\nPrésentez le bassin ici, en Markdown.\n"
        case .programme: "Présentez le programme ici, en Markdown.\n"
        case .news, .page: "Écrivez le texte ici, en Markdown.\n"
        }
    }
}

/// Counts in French: the singular for 0 and 1 ("0 événement à venir", "1 aide ouverte"), the plural from 2.
public enum FrenchPlural {
    /// "0 événement", "1 aide", "2 aides"; `plural` defaults to the singular with an s.
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(word(n, singular, plural))"
    }

    /// The word alone: "événement" for 0 and 1, else `plural`.
    public static func word(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        abs(n) <= 1 ? singular : plural ?? singular + "s"
    }
}

/// Labels joined inside a sentence or a list: the first keeps its capital, the others start in lower case
/// ("Prêt, subvention"), except words that read as names or acronyms (a second capital letter: "PME", "Île-de-France"
/// stays as it is only when the caller does not join it: territories and organisations are not passed here).
public enum FrenchList {
    public static func join(_ labels: [String], separator: String = ", ") -> String {
        labels.enumerated().map { index, label in index == 0 ? label : lowercasingFirst(label) }.joined(separator: separator)
    }

    /// "Subvention" → "subvention"; "PME" and "RH" stay.
    public static func lowercasingFirst(_ label: String) -> String {
        guard let first = label.first, first.isUppercase else { return label }
        let second = label.dropFirst().first
        if let second, second.isUppercase { return label }
        return first.lowercased() + label.dropFirst()
    }
}

/// One key of a content kind or of a group of keys: its Swift type, what its value looks like, whether it is
/// required, its limits and what it says, in French. The reader applies the requirement and the limits from
/// here; the schemas, `relais new` and the guide's tables are written from here.
struct FieldDeclaration: Sendable {
    enum Requirement: Sendable, Equatable {
        case required
        case optional
        /// Required in some cases, which the reader checks and these words say (`sauf si recurrence vaut ongoing`).
        case conditional(String)
    }

    let key: String
    /// The Swift type the reader reads the value as: a read through another type is a mistake of Relais's.
    let type: ObjectIdentifier
    let shape: ValueShape
    let requirement: Requirement
    let summary: String
    var maxLength: Int?
    /// The least value of a whole number (a count, a duration).
    var minimum: Int?
    /// The fewest items of a list.
    var minItems: Int?
    /// What `relais new` writes for the key; an optional or conditional key with one is written, not commented out.
    var suggested: String?

    var isRequired: Bool { requirement == .required }

    /// A required key; a required list holds at least one item.
    static func required<T: YAMLReadable>(_ key: String, _ type: T.Type, _ summary: String, shape: ValueShape? = nil,
                                          maxLength: Int? = nil, minimum: Int? = nil, suggested: String? = nil) -> Self {
        let shape = shape ?? T.shape
        let isList = if case .list = shape { true } else { false }
        return Self(key: key, type: ObjectIdentifier(type), shape: shape, requirement: .required, summary: summary,
                    maxLength: maxLength, minimum: minimum, minItems: isList ? 1 : nil, suggested: suggested)
    }

    static func optional<T: YAMLReadable>(_ key: String, _ type: T.Type, _ summary: String, shape: ValueShape? = nil,
                                          maxLength: Int? = nil, minimum: Int? = nil) -> Self {
        Self(key: key, type: ObjectIdentifier(type), shape: shape ?? T.shape, requirement: .optional, summary: summary,
             maxLength: maxLength, minimum: minimum)
    }

    static func conditional<T: YAMLReadable>(_ key: String, _ type: T.Type, when condition: String, _ summary: String,
                                             shape: ValueShape? = nil, minimum: Int? = nil, suggested: String? = nil) -> Self {
        Self(key: key, type: ObjectIdentifier(type), shape: shape ?? T.shape, requirement: .conditional(condition),
             summary: summary, minimum: minimum, suggested: suggested)
    }
}

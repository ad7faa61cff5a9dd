/// An enumeration of the content model with its French label for each value: what `relais new` lists in comments.
protocol LabelledValue: YAMLEnum {
    var label: String { get }
}

extension LabelledValue {
    /// `grant (subvention), loan (prêt), …`
    static var commentList: String {
        allCases.map { "\($0.rawValue) (\(lowercasedFirst($0.label)))" }.joined(separator: ", ")
    }

    /// "Subvention" → "subvention", but "PME" stays "PME".
    private static func lowercasedFirst(_ label: String) -> String {
        guard let first = label.first, label.dropFirst().first?.isLowercase == true else { return label }
        return first.lowercased() + label.dropFirst()
    }
}

extension AidType: LabelledValue {}
extension Audience: LabelledValue {}
extension Recurrence: LabelledValue {}
extension CompanySize: LabelledValue {}
extension Backer.Role: LabelledValue {}
extension Event.Kind: LabelledValue {}
extension Event.AttendanceMode: LabelledValue {}
extension Basin.Kind: LabelledValue {}
extension Programme.Kind: LabelledValue {}

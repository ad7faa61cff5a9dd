/// An enumeration of the content model with its French label for each value: the declarations list them in the
/// schemas, the comments of `relais new` and the guide.
protocol LabelledValue: YAMLEnum {
    var label: String { get }
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

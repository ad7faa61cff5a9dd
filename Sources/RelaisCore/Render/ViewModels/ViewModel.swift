import RelaisMustache

/// A value handed to the templates: ready Strings, Bools, optionals, arrays and other view models only.
///
/// Each type lists its fields once, in `fields` (in its `…+Fields.swift` file): the renderer reads a field through
/// its key path, and the plan step checks every template tag against the same table before any page is rendered.
///
/// Mustache looks a name up the whole context stack when the current object lacks it. With plain structs, an
/// optional field that is nil counts as lacking, so `{{#summary}}` inside a pilot territory without a summary
/// would print the programme's summary. View models answer for their own fields instead: a nil field is an
/// absent value that stops the lookup, renders nothing and opens inverted sections.
protocol ViewModel: MustacheModel, Sendable {
    static var fields: ViewFields<Self> { get }
}

extension ViewModel {
    func value(named name: String) -> MustacheValue? {
        Self.fields.value(named: name, of: self)
    }

    /// What templates may ask of this type, for the check before rendering.
    static var schema: ViewSchema { ViewSchema(Self.self) }

    /// Reached through `ViewSchema`, which holds the type as an existential.
    static var fieldKinds: [String: FieldKind] { fields.kinds }
}

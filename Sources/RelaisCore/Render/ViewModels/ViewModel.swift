import Mustache

/// A value handed to the templates.
///
/// Mustache looks a name up the whole context stack when the current object lacks it. With plain structs, an
/// optional field that is nil counts as lacking, so `{{#summary}}` inside a pilot territory without a summary
/// would print the programme's summary. View models answer for their own fields instead: a nil field is an
/// absent value that stops the lookup, renders nothing and opens inverted sections.
protocol ViewModel: MustacheParent, Sendable {}

extension ViewModel {
    func child(named name: String) -> Any? {
        for field in Mirror(reflecting: self).children where field.label == name {
            UnresolvedTags.current?.note(name, found: true)
            let value = Mirror(reflecting: field.value)
            guard value.displayStyle == .optional else { return field.value }
            return value.children.first?.value ?? AbsentValue()
        }
        UnresolvedTags.current?.note(name, found: false)
        return nil
    }
}

/// A field that is there but empty: stops Mustache's lookup up the context stack.
struct AbsentValue: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// What a template can be handed: text, a flag, a nested model, a list, or a field that is there but empty.
///
/// Typed, so rendering never casts or reflects: a tag's name is looked up by the model itself
/// (`MustacheModel.value(named:)`), and the value says how to print it and how a section treats it.
public enum MustacheValue: Sendable {
    /// Printed (escaped by `{{x}}`, as is by `{{{x}}}`); a section over it pushes it, even when empty.
    case text(String)
    /// Printed as `true`/`false`; a section over `true` renders once in the same context.
    case bool(Bool)
    /// A field that exists but holds nothing: prints nothing, opens inverted sections, and stops the lookup up the
    /// context stack (an outer field of the same name is not shown instead).
    case absent
    /// A section over it pushes it: its fields come first in lookups.
    case model(any MustacheModel)
    /// A section renders once per element, the element pushed; an empty list opens inverted sections.
    case list([MustacheValue])

    /// Whether `{{^name}}` renders: nothing there, `false`, an absent field or an empty list.
    var isFalsy: Bool {
        switch self {
        case .bool(let flag): !flag
        case .absent: true
        case .list(let items): items.isEmpty
        case .text, .model: false
        }
    }
}

/// A value whose fields templates name: `{{title}}`, `{{#status}}{{label}}{{/status}}`.
public protocol MustacheModel: Sendable {
    /// The field called `name`; nil when the model has no such field, so the lookup climbs the context stack.
    func value(named name: String) -> MustacheValue?
}

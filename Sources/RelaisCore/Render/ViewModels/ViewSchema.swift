/// What a template can do with a field, as swift-mustache treats its value.
indirect enum FieldKind: Sendable, Hashable {
    /// Printed; a section over it pushes the string, whose fields are none.
    case text
    /// Printed as true/false; a section over it keeps the context.
    case bool
    /// A section over it pushes it: its fields come first in lookups.
    case model(ViewSchema)
    /// Nil renders nothing and stops the lookup; otherwise as the wrapped kind.
    case optional(FieldKind)
    /// A section renders once per element, the element pushed.
    case list(FieldKind)

    /// The kind without its optional wrapping: a section or a dotted name sees the value when there is one.
    var unwrapped: FieldKind {
        if case .optional(let wrapped) = self { wrapped.unwrapped } else { self }
    }
}

/// A view-model type as the template check sees it: its fields and their kinds. Named by its type, so nested
/// schemas are read only when a template goes into them; generic types (`PageViewModel<Body>`) get theirs from
/// their type parameters.
struct ViewSchema: Sendable, Hashable, CustomStringConvertible {
    let type: any ViewModel.Type

    init(_ type: any ViewModel.Type) { self.type = type }

    var fields: [String: FieldKind] { type.fieldKinds }

    var description: String { String(describing: type) }

    static func == (lhs: ViewSchema, rhs: ViewSchema) -> Bool { ObjectIdentifier(lhs.type) == ObjectIdentifier(rhs.type) }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(type)) }
}

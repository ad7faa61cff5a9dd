import RelaisMustache

/// A view model's fields by name: how to read each one, and what it holds.
///
/// Built from key paths, so a field that does not exist, or whose type the templates cannot use, does not compile;
/// a stored property missing from the table fails the test suite (ViewFieldTests).
struct ViewFields<Model>: Sendable {
    struct Field: Sendable {
        let name: String
        let kind: FieldKind
        let read: @Sendable (Model) -> MustacheValue
    }

    /// In declaration order, for the tests.
    let names: [String]
    /// What each field holds, for the template check.
    let kinds: [String: FieldKind]
    private let byName: [String: Field]

    init(_ fields: [Field]) {
        names = fields.map(\.name)
        byName = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        kinds = byName.mapValues(\.kind)
    }

    /// The value Mustache renders for `name`: nil when the type has no such field (the lookup climbs the stack),
    /// `.absent` when it has one that is nil (the lookup stops).
    func value(named name: String, of model: Model) -> MustacheValue? {
        byName[name]?.read(model)
    }
}

extension ViewFields.Field {
    static func field(_ name: String, _ path: KeyPath<Model, String> & Sendable) -> Self {
        Self(name: name, kind: .text) { .text($0[keyPath: path]) }
    }

    static func field(_ name: String, _ path: KeyPath<Model, String?> & Sendable) -> Self {
        Self(name: name, kind: .optional(.text)) { model in
            if let value = model[keyPath: path] { .text(value) } else { .absent }
        }
    }

    static func field(_ name: String, _ path: KeyPath<Model, Bool> & Sendable) -> Self {
        Self(name: name, kind: .bool) { .bool($0[keyPath: path]) }
    }

    static func field(_ name: String, _ path: KeyPath<Model, [String]> & Sendable) -> Self {
        Self(name: name, kind: .list(.text)) { .list($0[keyPath: path].map(MustacheValue.text)) }
    }

    static func field<Value: ViewModel>(_ name: String, _ path: KeyPath<Model, Value> & Sendable) -> Self {
        Self(name: name, kind: .model(Value.schema)) { .model($0[keyPath: path]) }
    }

    static func field<Value: ViewModel>(_ name: String, _ path: KeyPath<Model, Value?> & Sendable) -> Self {
        Self(name: name, kind: .optional(.model(Value.schema))) { model in
            if let value = model[keyPath: path] { .model(value) } else { .absent }
        }
    }

    static func field<Value: ViewModel>(_ name: String, _ path: KeyPath<Model, [Value]> & Sendable) -> Self {
        Self(name: name, kind: .list(.model(Value.schema))) { .list($0[keyPath: path].map { .model($0) }) }
    }
}

import Mustache
import RelaisMustache

/// swift-mustache, fed the same values through its own protocols: the reference Relais's renderer must match.
public enum ReferenceRenderer {
    public static func render(_ templates: [String: String], _ name: String, with root: MustacheValue) throws -> String? {
        var parsed: [String: MustacheTemplate] = [:]
        for (templateName, text) in templates { parsed[templateName] = try MustacheTemplate(string: text) }
        return MustacheLibrary(templates: parsed).render(Box(root), withTemplate: name)
    }

    /// A `MustacheValue` as swift-mustache reads values: strings, flags, arrays, parents and null renderables.
    struct Box: MustacheParent {
        let value: MustacheValue
        init(_ value: MustacheValue) { self.value = value }

        func child(named name: String) -> Any? {
            guard case .model(let model) = value, let child = model.value(named: name) else { return nil }
            return Self.plain(child)
        }

        static func plain(_ value: MustacheValue) -> Any {
            switch value {
            case .text(let text): text
            case .bool(let flag): flag
            case .absent: Absent()
            case .list(let items): items.map(plain)
            case .model: Box(value)
            }
        }
    }

    struct Absent: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }
}

/// A model made of a dictionary, for tests.
public struct Fields: MustacheModel {
    let values: [String: MustacheValue]
    public init(_ values: [String: MustacheValue]) { self.values = values }
    public func value(named name: String) -> MustacheValue? { values[name] }
}

/// A JSON value with its keys in the order written, for the JSON Schemas: editors show a schema's keys as they
/// come, so `$schema`, `title` and `description` stay first. Written indented, strings escaped by `JSONText`.
indirect enum SchemaValue: Sendable, Equatable {
    case object([(String, SchemaValue)])
    case array([SchemaValue])
    case string(String)
    case integer(Int)
    case bool(Bool)

    static func == (left: SchemaValue, right: SchemaValue) -> Bool { left.text() == right.text() }

    /// The value as indented JSON text.
    func text() -> String {
        var output: [UInt8] = []
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], indent: Int) {
        let inner = [UInt8](repeating: UInt8(ascii: " "), count: indent + 2)
        switch self {
        case .string(let text): JSONText.appendString(text, to: &output)
        case .integer(let value): output += Array(String(value).utf8)
        case .bool(let value): output += Array((value ? "true" : "false").utf8)
        case .array(let items) where items.allSatisfy(\.isScalar):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output += Array(", ".utf8) }
                item.write(into: &output, indent: indent)
            }
            output.append(UInt8(ascii: "]"))
        case .array(let items):
            output += Array("[\n".utf8)
            for (index, item) in items.enumerated() {
                output += inner
                item.write(into: &output, indent: indent + 2)
                output += Array((index < items.count - 1 ? ",\n" : "\n").utf8)
            }
            output += [UInt8](repeating: UInt8(ascii: " "), count: indent) + [UInt8(ascii: "]")]
        case .object(let pairs):
            output += Array("{\n".utf8)
            for (index, (key, value)) in pairs.enumerated() {
                output += inner
                JSONText.appendString(key, to: &output)
                output += Array(": ".utf8)
                value.write(into: &output, indent: indent + 2)
                output += Array((index < pairs.count - 1 ? ",\n" : "\n").utf8)
            }
            output += [UInt8](repeating: UInt8(ascii: " "), count: indent) + [UInt8(ascii: "}")]
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}

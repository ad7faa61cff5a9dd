/// A schema.org property value that may repeat: one value is written as itself, several as an array, as
/// JSON-LD readers expect either way. Built only from non-empty lists (`init?` returns nil for none).
struct OneOrMany<Value: Encodable & Sendable>: Encodable, Sendable {
    let values: [Value]

    init?(_ values: [Value]) {
        guard !values.isEmpty else { return nil }
        self.values = values
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if values.count == 1 { try container.encode(values[0]) } else { try container.encode(values) }
    }
}

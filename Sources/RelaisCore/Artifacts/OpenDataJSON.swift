import Foundation

/// JSON for open-data files, through `Encodable`: keys sorted (JSONEncoder's unsorted order changes from run
/// to run), slashes left as they are, non-ASCII written as UTF-8.
enum OpenDataJSON {
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool = true) -> String {
        if !pretty { return (try? SortedJSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        // Encoding only fails on non-finite floating-point numbers, and these values hold none (amounts are Decimal).
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self) + (pretty ? "\n" : "")
    }
}

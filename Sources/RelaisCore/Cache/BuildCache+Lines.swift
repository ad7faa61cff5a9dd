import Foundation

/// The cache's file: one record per line, fields separated by tabs, a tab, a newline or a backslash inside a field
/// written `\t`, `\n`, `\\`. The first field names the record:
///
///     format       relais-cache-2
///     executable   <stamp>                 (also inputStamp, siteMarker, siteFingerprint, pageCount)
///     diagnostics  <JSON array>
///     input        <key>  <fingerprint>    (numbered from 0 in the order written)
///     output       <path> <file stamp> <template or empty> <input numbers, comma-separated>
///     static       <file> <stamp>
extension BuildCache {
    func lines() -> [UInt8] {
        var out: [UInt8] = []
        // Reserved at about its size (4 MB at 10,000 aids): grown by doubling, the buffer and its copy were the
        // build's memory peak.
        var size = 4096 + 64 * staticFiles.count
        for input in inputs { size += input.key.utf8.count + input.fingerprint.utf8.count + 8 }
        for (path, entry) in outputs {
            size += path.utf8.count + entry.file.utf8.count + (entry.template?.utf8.count ?? 0) + 7 * entry.inputs.count + 12
        }
        out.reserveCapacity(size)
        // Fields appended as bytes: 250,000 lines at 10,000 aids, where an array of Strings per line and the inputs'
        // numbers joined as text took a fifth of a one-aid rebuild's last second.
        // `ending`: the line's end, or a tab when the inputs' numbers follow.
        func line(_ first: String, _ second: String, _ third: String? = nil, _ fourth: String? = nil, ending: UInt8 = UInt8(ascii: "\n")) {
            Self.appendEscaped(first, to: &out)
            out.append(UInt8(ascii: "\t"))
            Self.appendEscaped(second, to: &out)
            if let third {
                out.append(UInt8(ascii: "\t"))
                Self.appendEscaped(third, to: &out)
            }
            if let fourth {
                out.append(UInt8(ascii: "\t"))
                Self.appendEscaped(fourth, to: &out)
            }
            out.append(ending)
        }
        line("format", format)
        line("executable", executable)
        line("inputStamp", inputStamp)
        line("siteMarker", siteMarker)
        line("siteFingerprint", siteFingerprint)
        line("pageCount", String(pageCount))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        line("diagnostics", String(decoding: (try? encoder.encode(diagnostics)) ?? Data("[]".utf8), as: UTF8.self))
        for input in inputs { line("input", input.key, input.fingerprint) }
        // Sorted, so that the same build writes the same bytes.
        for path in outputs.keys.sorted() {
            guard let entry = outputs[path] else { continue }
            line("output", path, entry.file, entry.template ?? "", ending: UInt8(ascii: "\t"))
            for (position, index) in entry.inputs.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendDecimal(index, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        for file in staticFiles.keys.sorted() { line("static", file, staticFiles[file] ?? "") }
        return out
    }

    /// A non-negative whole number in decimal digits, as `String(index)` writes it.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value > 0 else { out.append(UInt8(ascii: "0")); return }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var left = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(left / divisor))
            left %= divisor
            divisor /= 10
        }
    }

    /// The cache these lines describe; nil for anything malformed: a missing record, an unknown one, a bad number.
    init?(lines body: Data) {
        var header: [String: String] = [:]
        var diagnostics: [Diagnostic]?
        var inputs: [Input] = []
        var outputs: [String: OutputEntry] = [:]
        var staticFiles: [String: String] = [:]
        var malformed = false
        body.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count, !malformed {
                // memchr: a manifest of 10,000 aids has some 250,000 lines.
                let end = bytes.baseAddress.flatMap { base in
                    memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
                } ?? bytes.count
                let fields = Self.fields(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end + 1
                switch (fields.first, fields.count) {
                case ("input", 3): inputs.append(Input(key: fields[1], fingerprint: fields[2]))
                case ("output", 5):
                    var read: [Int] = []
                    // Split on bytes, not Characters: some 250,000 numbers.
                    for number in fields[4].utf8.split(separator: UInt8(ascii: ",")) {
                        guard let index = Int(String(decoding: number, as: UTF8.self)), index >= 0, index < inputs.count else { malformed = true; return }
                        read.append(index)
                    }
                    outputs[fields[1]] = OutputEntry(template: fields[3].isEmpty ? nil : fields[3], inputs: read, file: fields[2])
                case ("static", 3): staticFiles[fields[1]] = fields[2]
                case ("diagnostics", 2): diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(fields[1].utf8))
                case (let name?, 2) where Self.headerNames.contains(name): header[name] = fields[1]
                default: malformed = true
                }
            }
        }
        guard !malformed, let diagnostics, let format = header["format"], let executable = header["executable"],
              let inputStamp = header["inputStamp"], let siteMarker = header["siteMarker"],
              let siteFingerprint = header["siteFingerprint"], let pageCount = header["pageCount"].flatMap({ Int($0) })
        else { return nil }
        self.init(format: format, executable: executable, inputStamp: inputStamp, siteMarker: siteMarker,
                  siteFingerprint: siteFingerprint, pageCount: pageCount, diagnostics: diagnostics, inputs: inputs,
                  outputs: outputs, staticFiles: staticFiles)
    }

    private static let headerNames: Set<String> = ["format", "executable", "inputStamp", "siteMarker", "siteFingerprint", "pageCount"]

    private static func appendEscaped(_ field: String, to out: inout [UInt8]) {
        // Most fields hold nothing to escape: appended whole.
        guard field.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\\") }) else {
            out.append(contentsOf: field.utf8)
            return
        }
        for byte in field.utf8 {
            switch byte {
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            default: out.append(byte)
            }
        }
    }

    /// The fields of one line, unescaped.
    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        // Most lines hold no escape: each field is made straight from its bytes.
        if !line.contains(UInt8(ascii: "\\")) {
            return line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        var fields: [String] = []
        var field: [UInt8] = []
        var escaped = false
        for byte in line {
            if escaped {
                field.append(byte == UInt8(ascii: "t") ? UInt8(ascii: "\t") : byte == UInt8(ascii: "n") ? UInt8(ascii: "\n") : byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\t") {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(byte)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}

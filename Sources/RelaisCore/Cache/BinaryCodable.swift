import Foundation
import RelaisFrench

/// A value written as a binary record and read back whole, for the load cache (`LoadCache`): reading back an aid
/// this way costs a small part of parsing its YAML again. `read` gives nil for anything malformed.
protocol BinaryCodable {
    func write(to writer: inout BinaryRecordWriter)
    init?(from reader: inout BinaryRecordReader)
}

/// An enum of the content model, written as its raw value: a value no longer known reads as nil.
protocol BinaryRawEnum: BinaryCodable, RawRepresentable where RawValue == String {}

extension BinaryRawEnum {
    func write(to writer: inout BinaryRecordWriter) { writer.append(rawValue) }
    init?(from reader: inout BinaryRecordReader) {
        guard let text = reader.string() else { return nil }
        self.init(rawValue: text)
    }
}

extension String: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) { writer.append(self) }
    init?(from reader: inout BinaryRecordReader) {
        guard let text = reader.string() else { return nil }
        self = text
    }
}

extension Int: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) { writer.append(self) }
    init?(from reader: inout BinaryRecordReader) {
        guard let number = reader.int() else { return nil }
        self = number
    }
}

extension Bool: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) { writer.append(self ? 1 : 0) }
    init?(from reader: inout BinaryRecordReader) {
        guard let number = reader.number(), number <= 1 else { return nil }
        self = number == 1
    }
}

extension Optional: BinaryCodable where Wrapped: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        writer.append(self == nil ? 0 : 1)
        self?.write(to: &writer)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let present = Bool(from: &reader) else { return nil }
        guard present else { self = .none; return }
        guard let value = Wrapped(from: &reader) else { return nil }
        self = .some(value)
    }
}

extension Array: BinaryCodable where Element: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        writer.append(count)
        for element in self { element.write(to: &writer) }
    }

    init?(from reader: inout BinaryRecordReader) {
        // Each element takes at least one byte: a damaged count fails here instead of reserving terabytes.
        guard let count = reader.count() else { return nil }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            guard let element = Element(from: &reader) else { return nil }
            elements.append(element)
        }
        self = elements
    }
}

extension Decimal: BinaryCodable {
    /// Its sign, exponent and integer significand, not its text: `1.50` and `1.5` are the same number but not
    /// the same value.
    func write(to writer: inout BinaryRecordWriter) {
        writer.append(sign == .minus ? 1 : 0)
        writer.append(exponent)
        writer.append(significand.description)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let minus = Bool(from: &reader), let exponent = reader.int(), let digits = reader.string(),
              !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let significand = Decimal(string: digits) else { return nil }
        self.init(sign: minus ? .minus : .plus, exponent: exponent, significand: significand)
    }
}

extension CalendarDate: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) { writer.append(iso) }
    init?(from reader: inout BinaryRecordReader) {
        guard let text = reader.string(), let date = CalendarDate(iso: text) else { return nil }
        self = date
    }
}

extension SourceLocation: BinaryCodable {
    func write(to writer: inout BinaryRecordWriter) {
        writer.append(file)
        writer.append(line)
        writer.append(column)
    }

    init?(from reader: inout BinaryRecordReader) {
        guard let file = reader.string(), let line = reader.int(), let column = reader.int() else { return nil }
        self.init(file: file, line: line, column: column)
    }
}

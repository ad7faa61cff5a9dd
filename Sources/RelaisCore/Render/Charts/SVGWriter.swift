/// Writes inline SVG for a page: element names are Relais's own (`StaticString`), every attribute value and text goes
/// through XML escaping, so no label of the content can close an element or leave an attribute. Numbers for
/// coordinates go through `number(_:)`, one decimal at most, the same bytes on every machine.
///
/// Texts stay as written, "1er" included: `<title>` and `<desc>` are read as plain text, and a `<text>` label is a
/// period in the formats the content check accepts (2018, 2018-03, 2018-T1, 2018-S1), a number or Relais's own
/// words, where no ordinal can be typed. The caption, legend and table around the chart are HTML and raise it.
struct SVGWriter {
    typealias Attribute = (name: StaticString, value: String)

    private(set) var markup = ""
    private var open: [StaticString] = []

    /// `<name a="…">`; closed by `end()`.
    mutating func start(_ name: StaticString, _ attributes: [Attribute] = []) {
        markup += "<\(name)\(Self.attributeText(attributes))>"
        open.append(name)
    }

    /// `</name>` of the last element started.
    mutating func end() {
        guard let name = open.popLast() else { return }
        markup += "</\(name)>"
    }

    /// `<name a="…">text</name>`, or `<name a="…"/>` without text.
    mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], text: String? = nil) {
        guard let text else {
            markup += "<\(name)\(Self.attributeText(attributes))/>"
            return
        }
        markup += "<\(name)\(Self.attributeText(attributes))>\(XMLWriter.escape(text))</\(name)>"
    }

    /// The markup, every element closed.
    mutating func finish() -> String {
        while !open.isEmpty { end() }
        return markup
    }

    private static func attributeText(_ attributes: [Attribute]) -> String {
        attributes.map { " \($0.name)=\"\(XMLWriter.escape($0.value, inAttribute: true))\"" }.joined()
    }

    /// `12`, `12.5`, `-3.2`: rounded to a tenth, no exponent, no locale.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, tenth = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
    }
}

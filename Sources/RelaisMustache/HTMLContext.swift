/// Where the template's own text has got to in HTML, followed over the static text at parse time: whether a tag
/// placed here is written as text content that may hold markup (`<p>{{title}}</p>`), or somewhere markup cannot go
/// (an attribute value, inside a tag, a comment, `<title>`, `<script>`, `<style>`, `<textarea>`, `<option>`, an SVG
/// `<desc>`) or must not go (`<code>`, `<pre>`).
///
/// Sections are followed as if rendered once: each branch of the templates ends where it started (a section never
/// opens a tag or an attribute that the text after it closes). Every template starts in text content, as a page,
/// a partial and a block do here; a partial or block placed elsewhere is rendered with its text content treated as
/// plain (see `MustacheNode`).
struct HTMLContext {
    private enum State {
        case text
        /// After `<`: the tag's name, `/` for an end tag, `!` for a comment or doctype.
        case tagName
        /// Inside a tag after its name: attribute names, `=`, blanks.
        case inTag
        /// After `name=`, before the value starts.
        case beforeValue
        /// Inside an attribute value, quoted by this byte (or unquoted when nil).
        case value(quote: UInt8?)
        /// Inside `<!-- … -->`.
        case comment
    }

    /// Elements whose content is shown as plain text (or not at all) until their end tag.
    private static let plainElements: Set<String> = ["title", "script", "style", "textarea", "option", "desc"]
    /// Elements whose content is code: markup is possible but the text is shown as typed.
    private static let codeElements: Set<String> = ["code", "pre", "kbd", "samp"]

    private var state = State.text
    private var name: [UInt8] = []
    /// The element whose content is plain text until `</name`.
    private var plainElement: String?
    private var codeDepth = 0
    /// The last bytes of a comment, to see `-->`.
    private var commentTail: [UInt8] = []

    /// Whether a value placed here is text content where markup (a `<sup>`) can go.
    var isTextContent: Bool {
        if case .text = state { return plainElement == nil && codeDepth == 0 }
        return false
    }

    /// A value is written here: inside a tag's name (`<{{heading}}`) it is part of the name; after `=` it is an
    /// unquoted attribute value.
    mutating func skipValue() {
        switch state {
        case .tagName: name.append(UInt8(ascii: "x"))
        case .beforeValue: state = .value(quote: nil)
        default: break
        }
    }

    mutating func advance(over bytes: some Collection<UInt8>) {
        for byte in bytes { advance(byte) }
    }

    private mutating func advance(_ byte: UInt8) {
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") {
                state = .tagName
                name = []
            }
        case .tagName:
            if name.isEmpty, !isTagStart(byte) {
                // `a < b`: not a tag, the `<` was text.
                state = .text
            } else if name == Array("!--".utf8) {
                state = .comment
                commentTail = []
                advance(byte)
            } else if isNameEnd(byte) {
                // `<!doctype html>` too is read as a tag: nothing in it changes where text goes.
                if byte == UInt8(ascii: ">") { endTag() } else { state = .inTag }
            } else {
                name.append(lowercased(byte))
            }
        case .inTag:
            if byte == UInt8(ascii: ">") { endTag() } else if byte == UInt8(ascii: "=") { state = .beforeValue }
        case .beforeValue:
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                state = .value(quote: byte)
            } else if byte == UInt8(ascii: ">") {
                endTag()
            } else if !isBlank(byte) {
                state = .value(quote: nil)
            }
        case .value(let quote?):
            if byte == quote { state = .inTag }
        case .value(nil):
            if isBlank(byte) { state = .inTag } else if byte == UInt8(ascii: ">") { endTag() }
        case .comment:
            commentTail = Array((commentTail + [byte]).suffix(3))
            if commentTail == Array("-->".utf8) { state = .text }
        }
    }

    private func isTagStart(_ byte: UInt8) -> Bool {
        let letter = lowercased(byte)
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }

    private func isNameEnd(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && !name.isEmpty)
    }

    /// `>`: the element's content starts (or, for an end tag, the element is closed); inside a plain element only
    /// its end tag counts.
    private mutating func endTag() {
        state = .text
        let isEnd = name.first == UInt8(ascii: "/")
        let element = String(decoding: isEnd ? name.dropFirst() : name[...], as: UTF8.self)
        if let plain = plainElement {
            if isEnd, element == plain { plainElement = nil }
            return
        }
        if Self.plainElements.contains(element), !isEnd { plainElement = element }
        if Self.codeElements.contains(element) { codeDepth = max(0, codeDepth + (isEnd ? -1 : 1)) }
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

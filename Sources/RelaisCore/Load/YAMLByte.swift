/// The ASCII bytes `YAMLSubset` looks for.
enum YAMLByte {
    static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-"), dot = UInt8(ascii: "."), colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let pipe = UInt8(ascii: "|"), greater = UInt8(ascii: ">"), plus = UInt8(ascii: "+")
}

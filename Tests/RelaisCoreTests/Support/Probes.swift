@testable import RelaisCore

/// Internal checks of RelaisCore reached from tests.
enum YAMLAliasCheckProbe {
    static func find(_ yaml: String) -> (line: Int, column: Int)? { YAMLAliasCheck.firstAnchorOrAlias(in: yaml) }
}

@testable import RelaisCore

/// Internal checks of RelaisCore reached from tests.
enum YAMLAliasCheckProbe {
    static func find(_ yaml: String) -> (line: Int, column: Int)? {
        YAMLEventCheck.firstRefused(in: yaml).map { ($0.line, $0.column) }
    }
}

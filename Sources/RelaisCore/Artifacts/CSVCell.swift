import Foundation

/// One cell of a CSV row. Text is defused against spreadsheet formulas; a number is written as a plain number.
enum CSVCell: Sendable, Hashable {
    /// Free text: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` so that no spreadsheet runs it.
    case text(String)
    /// A number typed as such (`15000`, `4.5`, `-2`): never prefixed, since `-2` is a value, not a formula.
    case number(Decimal)
}

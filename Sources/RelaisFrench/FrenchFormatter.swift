/// Formats dates, times, numbers, money, percentages and phone numbers the French way.
///
/// Table-driven on purpose: Foundation's formatters give different bytes on Linux and macOS and across ICU versions.
/// The methods live in `FrenchDateFormatting.swift`, `FrenchNumberFormatting.swift` and `FrenchPhone.swift`.
public struct FrenchFormatter: Sendable {
    /// How times are written.
    public let timeStyle: TimeStyle

    /// A formatter writing times in `timeStyle`.
    public init(timeStyle: TimeStyle = .spaced) {
        self.timeStyle = timeStyle
    }
}

import Foundation
import RelaisFrench

/// The checks every series passes, inline or from CSV: a period in a known form, not twice, in order; a number.
struct SeriesCheck {
    let file: String
    let log: DiagnosticLog
    private(set) var points: [Indicator.Point] = []
    private var seen: [String: Int] = [:]

    init(file: String, log: DiagnosticLog) {
        self.file = file
        self.log = log
    }

    mutating func add(_ row: CSVRows.Row, periodField: Int, valueField: Int, status: Indicator.Point.Status?, separator: Unicode.Scalar) {
        let period = row.fields[periodField].trimmingCharacters(in: .whitespaces)
        let valueText = row.fields[valueField].trimmingCharacters(in: .whitespaces)
        guard checkPeriod(period, at: row.location(file: file, field: periodField)) else { return }
        guard let value = IndicatorCSV.number(valueText) else {
            log.error(row.location(file: file, field: valueField), "« \(valueText) » n'est pas un nombre.",
                      hint: Self.numberHint(separator))
            return
        }
        accept(Indicator.Point(period: period, value: value, status: status))
    }

    mutating func addWide(period: CSVRows.Row, value: CSVRows.Row, field: Int, separator: Unicode.Scalar) {
        let periodText = period.fields[field].trimmingCharacters(in: .whitespaces)
        let valueText = value.fields[field].trimmingCharacters(in: .whitespaces)
        guard checkPeriod(periodText, at: period.location(file: file, field: field)) else { return }
        guard let number = IndicatorCSV.number(valueText) else {
            log.error(value.location(file: file, field: field), "« \(valueText) » n'est pas un nombre.", hint: Self.numberHint(separator))
            return
        }
        accept(Indicator.Point(period: periodText, value: number, status: nil))
    }

    /// A point read elsewhere (inline YAML) whose period passed `checkPeriod`.
    mutating func accept(_ point: Indicator.Point) {
        points.append(point)
    }

    static func numberHint(_ separator: Unicode.Scalar) -> String {
        separator == ";" ? "Écrivez un nombre, avec une virgule ou un point pour les décimales : 4,5"
            : "Écrivez un nombre avec un point pour les décimales (4.5), ou la valeur entre guillemets (\"4,5\")."
    }

    /// Reports a bad, repeated or out-of-order period at `location`; true when the period can be used.
    mutating func checkPeriod(_ period: String, at location: SourceLocation) -> Bool {
        if let (_, character) = UnsafeTextCheck.unsafeCharacter(in: period) {
            log.error(location, "La période contient un caractère invisible (\(UnsafeTextCheck.describe(character))).", hint: "Supprimez ce caractère invisible.")
            return false
        }
        guard let key = IndicatorPeriod.sortKey(period) else {
            log.error(location, period.isEmpty ? "La période est vide." : "La période « \(period) » n'est pas dans un format reconnu.",
                      hint: IndicatorPeriod.hint)
            return false
        }
        if seen[period] != nil {
            log.error(location, "La période « \(period) » apparaît deux fois dans la série.", hint: "Gardez une seule valeur par période.")
            return false
        }
        if let last = points.last.flatMap({ IndicatorPeriod.sortKey($0.period) }), key < last {
            log.error(location, "La période « \(period) » vient après « \(points.last?.period ?? "") » : la série doit suivre l'ordre du temps.",
                      hint: "Rangez les périodes de la plus ancienne à la plus récente.")
            return false
        }
        seen[period] = points.count
        return true
    }
}

/// The forms a period may take: a year `2018`, a month `2018-03`, a quarter `2018-T1`, a half-year `2018-S1`.
enum IndicatorPeriod {
    static let hint = "Écrivez une année (2018), un mois (2018-03), un trimestre (2018-T1) ou un semestre (2018-S1)."

    /// The first month the period covers, counted from year 0, to keep a series in order; nil for any other form.
    static func sortKey(_ period: String) -> Int? {
        let bytes = Array(period.utf8)
        guard bytes.count >= 4, let year = ASCIIDigits.value(bytes, 0..<4), year >= 1800 else { return nil }
        if bytes.count == 4 { return year * 12 }
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        if let month = ASCIIDigits.value(bytes, 5..<7), (1...12).contains(month) { return year * 12 + month - 1 }
        guard let part = ASCIIDigits.value(bytes, 6..<7) else { return nil }
        switch bytes[5] {
        case UInt8(ascii: "T") where (1...4).contains(part): return year * 12 + (part - 1) * 3
        case UInt8(ascii: "S") where (1...2).contains(part): return year * 12 + (part - 1) * 6
        default: return nil
        }
    }
}

import Foundation

/// Reads an indicator series from CSV, as spreadsheets write it in France or elsewhere: `,` or `;` between fields
/// (the header line tells which), a decimal comma or point, spaces between thousands, UTF-8 with or without a BOM.
/// Long layout: a header naming `period`, `value` and optionally `status` (or `période`/`periode`, `valeur`,
/// `statut`), one row per period. Wide layout: a header of periods and one row of values. Every problem is reported
/// at the CSV's own line and column.
enum IndicatorCSV {
    static let periodNames = ["period", "periode", "période"]
    static let valueNames = ["value", "valeur"]
    static let statusNames = ["status", "statut"]

    static func read(_ text: String, file: String, log: DiagnosticLog) -> [Indicator.Point] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let separator = separator(of: body)
        let rows = CSVRows.parse(body, separator: separator).filter { !($0.fields.count == 1 && $0.fields[0].trimmingCharacters(in: .whitespaces).isEmpty) }
        guard let header = rows.first else {
            log.error(SourceLocation(file: file), "Le fichier CSV est vide.", hint: "Sa première ligne doit être « period,value,status ».")
            return []
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if names.contains(where: periodNames.contains) {
            return readLong(rows, names: names, separator: separator, file: file, log: log)
        }
        if names.contains(where: { valueNames.contains($0) || statusNames.contains($0) }) {
            log.error(SourceLocation(file: file, line: header.line, column: 1), "La ligne d'en-tête doit nommer les colonnes « period » et « value ».",
                      hint: "Écrivez en première ligne : period,value,status (ou periode;valeur;statut).")
            return []
        }
        return readWide(rows, separator: separator, file: file, log: log)
    }

    /// `;` when the header line holds one outside quotes (French spreadsheets), `,` otherwise.
    static func separator(of text: String) -> Unicode.Scalar {
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if scalar == "\n" && !inQuotes { break }
            if scalar == ";" && !inQuotes { return ";" }
        }
        return ","
    }

    private static func readLong(_ rows: [CSVRows.Row], names: [String], separator: Unicode.Scalar, file: String, log: DiagnosticLog) -> [Indicator.Point] {
        let header = rows[0]
        let known = periodNames + valueNames + statusNames
        for (index, name) in names.enumerated() where !known.contains(name) {
            let near = Suggestion.nearest(to: name, among: ["period", "value", "status", "periode", "valeur", "statut"])
            log.error(header.location(file: file, field: index), "La colonne « \(header.fields[index].trimmingCharacters(in: .whitespaces)) » n'existe pas dans une série d'indicateur.",
                      hint: near.map { "Vouliez-vous dire « \($0) » ?" } ?? "Les colonnes possibles sont period, value et status (ou periode, valeur, statut).")
        }
        guard let periodColumn = names.firstIndex(where: periodNames.contains),
              let valueColumn = names.firstIndex(where: valueNames.contains) else {
            log.error(header.location(file: file, field: 0), "La ligne d'en-tête doit nommer les colonnes « period » et « value ».",
                      hint: "Écrivez en première ligne : period,value,status (ou periode;valeur;statut).")
            return []
        }
        let statusColumn = names.firstIndex(where: statusNames.contains)
        var series = SeriesCheck(file: file, log: log)
        for row in rows.dropFirst() {
            guard row.fields.count == names.count else {
                log.error(row.location(file: file, field: min(row.fields.count, names.count) - 1),
                          "Cette ligne a \(row.fields.count) colonnes au lieu de \(names.count).",
                          hint: "Vérifiez les séparateurs « \(separator) » ; mettez entre guillemets une valeur qui en contient.")
                continue
            }
            var status: Indicator.Point.Status?
            if let statusColumn {
                guard let read = readStatus(row, field: statusColumn, file: file, log: log) else { continue }
                status = read
            }
            series.add(row, periodField: periodColumn, valueField: valueColumn, status: status, separator: separator)
        }
        return series.points
    }

    /// A header of periods, one row of values beneath.
    private static func readWide(_ rows: [CSVRows.Row], separator: Unicode.Scalar, file: String, log: DiagnosticLog) -> [Indicator.Point] {
        let header = rows[0]
        guard rows.count == 2 else {
            let location = rows.count > 2 ? rows[2].location(file: file, field: 0) : header.location(file: file, field: 0)
            log.error(location, rows.count > 2 ? "Une série en largeur n'a qu'une ligne de valeurs sous la ligne des périodes."
                        : "La ligne des valeurs manque sous la ligne des périodes.",
                      hint: "Écrivez les périodes en première ligne et les valeurs en deuxième ligne, ou une ligne par période sous l'en-tête period,value,status.")
            return []
        }
        let values = rows[1]
        guard values.fields.count == header.fields.count else {
            log.error(values.location(file: file, field: min(values.fields.count, header.fields.count) - 1),
                      "La ligne des valeurs a \(values.fields.count) colonnes au lieu de \(header.fields.count).",
                      hint: "Donnez une valeur sous chaque période.")
            return []
        }
        var series = SeriesCheck(file: file, log: log)
        for field in header.fields.indices {
            series.addWide(period: header, value: values, field: field, separator: separator)
        }
        return series.points
    }

    /// An empty status is a final value; anything else must be one of the statuses.
    private static func readStatus(_ row: CSVRows.Row, field: Int, file: String, log: DiagnosticLog) -> Indicator.Point.Status?? {
        let text = row.fields[field].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .some(nil) }
        if let status = Indicator.Point.Status(rawValue: text) ?? frenchStatuses[text.lowercased()] { return status }
        log.error(row.location(file: file, field: field), "« \(text) » n'est pas un statut de valeur possible.",
                  hint: "Les valeurs possibles sont : final, provisional, estimate, target (ou définitif, provisoire, estimation, objectif).")
        return nil
    }

    static let frenchStatuses: [String: Indicator.Point.Status] = [
        "définitif": .final, "definitif": .final, "provisoire": .provisional, "estimation": .estimate, "objectif": .target,
    ]

    /// `4,5`, `4.5`, `32 000 000`, `-12`: a comma or a point for decimals, spaces between thousands.
    static func number(_ text: String) -> Decimal? {
        let compact = String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }.map(Character.init))
        guard !(compact.contains(",") && compact.contains(".")) else { return nil }
        return Decimal(plainText: compact.replacingOccurrences(of: ",", with: "."))
    }
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, `,` or `;` between fields. Each field keeps
/// the column it starts at, for diagnostics.
enum CSVRows {
    struct Row {
        var fields: [String]
        var line: Int
        /// The column (in characters, from 1) where each field starts.
        var columns: [Int]

        func location(file: String, field: Int) -> SourceLocation {
            SourceLocation(file: file, line: line, column: field >= 0 && field < columns.count ? columns[field] : 1)
        }
    }

    static func parse(_ text: String, separator: Unicode.Scalar = ",") -> [Row] {
        var rows: [Row] = []
        var fields: [String] = [], columns: [Int] = [1]
        var field = ""
        var inQuotes = false, quoted = false
        var line = 1, rowLine = 1, column = 0
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            column += 1
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next(); column += 1 } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1; column = 0 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !quoted: inQuotes = true; quoted = true
            case separator:
                fields.append(field); field = ""; quoted = false
                columns.append(column + 1)
            case "\r": column -= 1
            case "\n":
                fields.append(field)
                rows.append(Row(fields: fields, line: rowLine, columns: columns))
                fields = []; field = ""; quoted = false; columns = [1]
                line += 1; rowLine = line; column = 0
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty || quoted {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine, columns: columns))
        }
        return rows
    }
}

import Foundation

/// Reads an indicator series from CSV: a header row `period,value[,status]`, comma separated, UTF-8.
enum IndicatorCSV {
    static func read(_ text: String, file: String, log: DiagnosticLog) -> [Indicator.Point] {
        let rows = CSVRows.parse(text)
        guard let header = rows.first else {
            log.error(SourceLocation(file: file), "Le fichier CSV est vide.", hint: "Sa première ligne doit être « period,value,status ».")
            return []
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let periodColumn = columns.firstIndex(of: "period"), let valueColumn = columns.firstIndex(of: "value") else {
            log.error(SourceLocation(file: file, line: header.line), "La ligne d'en-tête doit nommer les colonnes « period » et « value ».",
                      hint: "Écrivez en première ligne : period,value,status")
            return []
        }
        let statusColumn = columns.firstIndex(of: "status")
        for (index, name) in columns.enumerated() where !["period", "value", "status"].contains(name) {
            let near = Suggestion.nearest(to: name, among: ["period", "value", "status"])
            log.error(SourceLocation(file: file, line: header.line, column: index + 1), "La colonne « \(name) » est inconnue.",
                      hint: near.map { "Vouliez-vous dire « \($0) » ?" } ?? "Les colonnes possibles sont period, value et status.")
        }
        var points: [Indicator.Point] = []
        for row in rows.dropFirst() where !(row.fields.count == 1 && row.fields[0].isEmpty) {
            let location = SourceLocation(file: file, line: row.line)
            guard row.fields.count == columns.count else {
                log.error(location, "Cette ligne a \(row.fields.count) colonnes au lieu de \(columns.count).",
                          hint: "Vérifiez les virgules ; mettez entre guillemets une valeur qui en contient.")
                continue
            }
            let period = row.fields[periodColumn].trimmingCharacters(in: .whitespaces)
            let valueText = row.fields[valueColumn].trimmingCharacters(in: .whitespaces)
            if let (_, character) = UnsafeTextCheck.unsafeCharacter(in: period) {
                log.error(location, "La période contient un caractère invisible (\(UnsafeTextCheck.describe(character))).",
                          hint: "Supprimez ce caractère invisible.")
                continue
            }
            guard !period.isEmpty else {
                log.error(location, "La période est vide.", hint: "Écrivez une période, par exemple 2018.")
                continue
            }
            guard let value = Decimal(plainText: valueText) else {
                log.error(location, "« \(valueText) » n'est pas un nombre.", hint: "Écrivez le nombre sans espace, avec un point pour les décimales : 4.5")
                continue
            }
            var status: Indicator.Point.Status?
            if let statusColumn {
                let text = row.fields[statusColumn].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    status = Indicator.Point.Status(rawValue: text)
                    if status == nil {
                        log.error(location, "« \(text) » n'est pas un statut de valeur possible.",
                                  hint: "Les valeurs possibles sont : final, provisional, estimate, target.")
                    }
                }
            }
            points.append(Indicator.Point(period: period, value: value, status: status))
        }
        return points
    }
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF.
enum CSVRows {
    struct Row { var fields: [String]; var line: Int }

    static func parse(_ text: String) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": fields.append(field); field = ""
            case "\r": continue
            case "\n":
                fields.append(field)
                rows.append(Row(fields: fields, line: rowLine))
                fields = []; field = ""
                line += 1; rowLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows
    }
}
